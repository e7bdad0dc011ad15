import { hasRole, type Actor } from "../directory/people.js";
import { fail, fieldError, type DomainError } from "../shared/errors.js";
import { StoreConflict } from "../shared/ports.js";
import { digest, OPAQUE_ID_PATTERN } from "../shared/secrets.js";
import type { ReviewOutcome } from "./kind.js";
import { outcomeNoticeEvent } from "./outcome-notice.js";
import { priorDecisions, type ResolvedLink, type ReviewAssignment } from "./review-assignment.js";
import type { ReviewDeps } from "./review-deps.js";
import { decidedByLabel } from "./review-link.js";
import { afterDecision, assertMayDecide, validateDecision, type DecisionInput } from "./review-rules.js";
import { commitReviewStep } from "./review-steps.js";
import type { ReviewTask } from "./review-task.js";
import { DECISIONS, isStage, STAGE_LABELS } from "./stages.js";
import type { TaskDelivery } from "./task-delivery.js";

/** Refuses a link that may no longer decide, saying why in words the reviewer can act on. */
export function assertLive({ verdict, task }: Pick<ResolvedLink, "verdict" | "task">): void {
  switch (verdict) {
    case "live":
      return;
    case "decided":
      throw fail("ALREADY_DECIDED", `该${STAGE_LABELS[task.stage]}已由${decidedByLabel(task)}处理，无需重复操作`);
    case "task_expired":
      throw fail("TASK_EXPIRED");
    case "closed":
      throw fail("REVIEW_CLOSED");
    case "expired":
      throw fail("LINK_EXPIRED");
    case "superseded":
      throw fail("LINK_SUPERSEDED");
    case "reviewer_inactive":
      throw fail("REVIEWER_INACTIVE");
    case "delegation_ended":
      throw fail("DELEGATION_ENDED");
    default:
      throw fail("LINK_STATE");
  }
}

const OUTCOME_OF = { approved: "approved", rejected: "rejected", returned: "returned" } as const satisfies Record<string, ReviewOutcome>;

/** The emailed link's confirm page and the decision posted from it (or from 待我审核). */
export function decisions(deps: ReviewDeps, assignment: ReviewAssignment, delivery: TaskDelivery) {
  const { reviews, directory, kinds, effects, clock, log } = deps;

  async function findByLink(linkId: string): Promise<ResolvedLink> {
    if (!OPAQUE_ID_PATTERN.test(linkId)) throw fail("LINK_NOT_FOUND");
    return assignment.resolve(digest(linkId));
  }

  /** A logged-in reviewer's own link to a task, resolved server-side: the emailed id is never needed. */
  async function findOwn(actor: Actor, rawKind: string, itemId: string, stage: string): Promise<ResolvedLink> {
    const kind = kinds.get(rawKind);
    if (!kind || !isStage(stage)) throw fail("TASK_NOT_FOUND");
    if (!hasRole(actor, "reviewer")) throw fail("ROLE_REQUIRED", "仅审核人员可以执行此操作");
    const resolved = await assignment.resolve((await assignment.findOwnLink(actor.personId, kind, itemId, stage)).linkHash);
    // The session is the credential here: an emailed link's expiry guards the mailbox, not a signed-in reviewer.
    return resolved.verdict === "expired" ? { ...resolved, verdict: "live" } : resolved;
  }

  /** What the confirm page shows. Reading never changes anything (mail scanners prefetch links). */
  async function view(resolved: ResolvedLink) {
    const { link, subject, kind, verdict } = resolved;
    // A pending task is shown as this link's reviewer sees it; a decided one as decided.
    const task = resolved.task.status === "pending" ? { ...resolved.task, reviewerName: link.onBehalfOfName ? `${link.reviewerName}（代${link.onBehalfOfName}）` : link.reviewerName, linkExpiresAt: link.expiresAt } : resolved.task;
    let refusal: DomainError | undefined;
    try {
      assertLive(resolved);
    } catch (error) {
      refusal = error as DomainError;
    }
    const state = verdict === "live" ? ("pending" as const) : verdict === "decided" ? ("decided" as const) : verdict === "expired" || verdict === "task_expired" ? ("expired" as const) : ("revoked" as const);
    const [tasks, description, unit] = await Promise.all([reviews.listTasks(subject.state.itemId), kind.describe(subject), directory.getUnit(subject.state.unitId)]);
    const decided = tasks.filter((t) => t.status === "decided" && !(t.round === task.round && t.stage === task.stage));
    return {
      task,
      description,
      unitName: unit?.name ?? subject.state.unitId,
      submittedAt: subject.state.submittedAt,
      checklist: kind.checklists[task.stage],
      assessment: kind.assessment?.form(subject, task.stage),
      state,
      decidedBy: decidedByLabel(resolved.task),
      refusal: refusal && { code: refusal.code, message: refusal.message },
      /** Earlier stages of this round, so a later stage sees what was already decided. */
      earlierDecisions: decided.filter((t) => t.round === task.round),
      /** Decisions of earlier rounds, with their comments (why it was returned before). */
      previousRounds: decided.filter((t) => t.round < task.round).sort((a, b) => a.round - b.round || (a.decidedAt ?? "").localeCompare(b.decidedAt ?? "")),
    };
  }

  /** One decision through one link: the first of a task's links to decide wins (conditional write). */
  async function decideWith(resolved: ResolvedLink, input: DecisionInput) {
    if (!DECISIONS.includes(input.decision)) throw fieldError("decision", "INVALID_CHOICE", "请选择审核结论");
    const { task, subject, link, kind } = resolved;
    assertLive(resolved);
    const signers = link.onBehalfOfId ? [link.reviewerId, link.onBehalfOfId] : [link.reviewerId];
    assertMayDecide(signers, task.stage, subject.state.submittedBy, priorDecisions(await reviews.listTasks(subject.state.itemId)));
    validateDecision(kind.checklists[task.stage], input);
    const assessed = input.decision === "approve" && kind.assessment ? kind.assessment.read(subject, task.stage, input.assessment ?? {}, link.reviewerName) : undefined;

    const at = clock.now().toISOString();
    const comment = input.comment.trim();
    const next = afterDecision(task.stage, input.decision);
    const proxy = link.onBehalfOfId ? { onBehalfOfId: link.onBehalfOfId, onBehalfOfName: link.onBehalfOfName } : {};
    const decider = { reviewerId: link.reviewerId, reviewerName: link.reviewerName, reviewerEmail: link.reviewerEmail, ...proxy };
    const decided: ReviewTask = { ...task, ...decider, status: "decided", decision: input.decision, comment, checklist: input.checklist, decidedAt: at, delivered: false };
    const actor = { id: link.reviewerId, name: link.reviewerName };
    // 代签: the deputy decides in the delegator's name; both are on the record.
    const signedFor = link.onBehalfOfId ? { onBehalfOf: { id: link.onBehalfOfId, name: link.onBehalfOfName }, proxySigned: true } : {};
    const outcome = next.status === "in_review" || next.status === "withdrawn" ? undefined : OUTCOME_OF[next.status];
    const context = { stage: task.stage, actor, at, decision: input.decision, comment, ...(assessed ? { assessment: assessed.details } : {}) };
    // The outcome sees the item as this decision's assessment leaves it.
    const assessedSubject = assessed ? { state: subject.state, item: { ...(subject.item as object), ...assessed.patch } } : subject;
    const effect = outcome ? await kind.onOutcome(assessedSubject, outcome, context) : {};
    const patch = { ...assessed?.patch, ...effect.patch };
    const stateChange = { ...next, lastDecision: input.decision, lastComment: comment || undefined };
    const after = { state: { ...subject.state, ...stateChange }, item: { ...(subject.item as object), ...patch } };
    const notice = outcome ? await outcomeNoticeEvent(deps, kind, after, outcome, context) : [];
    let step;
    try {
      step = await commitReviewStep(deps, kind, subject, {
        state: stateChange,
        action: "review_decided",
        actor,
        details: { round: task.round, stage: task.stage, decision: input.decision, comment, checklist: input.checklist, ...signedFor, ...(assessed ? { assessment: assessed.details } : {}), ...effect.auditDetails },
        at,
        patch,
        writes: [reviews.closeTask(decided, task.linkHash), ...(effect.writes ?? [])],
        events: [...(effect.events ?? []), ...notice],
      });
    } catch (error) {
      if (error instanceof StoreConflict && error.part === "account") throw fail("ACCOUNT_CHANGED");
      if (error instanceof StoreConflict) throw fail("ALREADY_DECIDED");
      throw error;
    }
    await assignment.closeTaskLinks(task);
    await effects.run(step.events);
    try {
      await delivery.deliver(decided);
    } catch (error) {
      // The decision stands; the sweep re-delivers it to the workflow.
      log.error("SendTaskSuccess failed; left for the re-delivery sweep", { itemId: task.itemId, error: String(error) });
    }
    return { state: step.state, task: decided };
  }

  return {
    viewByLink: async (linkId: string) => view(await findByLink(linkId)),
    /** 待我审核: the same confirm page for a logged-in reviewer, through their own link. */
    viewAsReviewer: async (actor: Actor, kind: string, itemId: string, stage: string) => view(await findOwn(actor, kind, itemId, stage)),
    decide: async (linkId: string, input: DecisionInput) => decideWith(await findByLink(linkId), input),
    decideAsReviewer: async (actor: Actor, kind: string, itemId: string, stage: string, input: DecisionInput) => decideWith(await findOwn(actor, kind, itemId, stage), input),
  };
}

export type ReviewView = Awaited<ReturnType<ReturnType<typeof decisions>["viewByLink"]>>;
