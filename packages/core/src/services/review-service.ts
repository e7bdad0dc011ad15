import { conflict, DomainError, forbidden, notFound } from "../errors.js";
import type { FieldChange } from "../filing-diff.js";
import { hasRole, type Actor } from "../people.js";
import { StoreConflict, type Deps } from "../ports.js";
import { decidedByLabel } from "../review-link.js";
import { afterDecision, assertMayDecide, validateDecision, type DecisionInput } from "../review-rules.js";
import type { OpenStageRequest, ReviewOutcomeRequest, ReviewTask } from "../review-task.js";
import { digest, OPAQUE_ID_PATTERN } from "../secrets.js";
import { DECISIONS, FILING_CHECKLISTS, STAGE_LABELS, type Decision, type Stage } from "../stages.js";
import { appendAudit, SYSTEM_ACTOR } from "./audit-append.js";
import { registerEffectsOf } from "./register-effects.js";
import { outcomeMail } from "./emails.js";
import { assertLive, priorDecisions, reviewAssignment, toAssignee, type ResolvedLink } from "./review-assignment.js";

/** Errors from SendTaskSuccess meaning the execution no longer waits for this decision. */
const CLOSED_TASK_ERRORS = new Set(["TaskTimedOut", "InvalidToken", "TaskDoesNotExist"]);

/** The three-stage review: opening stages, the emailed decision links, outcomes and re-delivery. */
export function reviewService(deps: Deps) {
  const { store, mailer, workflow, clock, config, log } = deps;

  const registerEffects = registerEffectsOf(deps);
  const assignment = reviewAssignment(deps);

  async function unitName(unitId: string) {
    return (await store.getUnit(unitId))?.name ?? unitId;
  }

  async function deliver(task: ReviewTask & { decision: Decision }) {
    try {
      await workflow.sendTaskSuccess(task.taskToken, { decision: task.decision });
    } catch (error) {
      const name = (error as Error).name;
      if (!CLOSED_TASK_ERRORS.has(name)) throw error;
      log.warn("decision not delivered: workflow no longer waits for it", { itemId: task.itemId, round: task.round, stage: task.stage, error: name });
    }
    await store.markDelivered(task);
  }

  async function findByLink(linkId: string): Promise<ResolvedLink> {
    if (!OPAQUE_ID_PATTERN.test(linkId)) throw notFound("LINK_NOT_FOUND", "审核链接无效");
    return assignment.resolve(digest(linkId));
  }

  /** A logged-in reviewer's own link to a task, resolved server-side: the emailed id is never needed. */
  async function findOwn(actor: Actor, itemId: string, stage: string): Promise<ResolvedLink> {
    if (!(STAGE_LABELS as Record<string, string>)[stage]) throw notFound("TASK_NOT_FOUND", "没有待您处理的该审核任务");
    if (!hasRole(actor, "reviewer")) throw forbidden("ROLE_REQUIRED", "仅审核人员可以执行此操作");
    const resolved = await assignment.resolve((await assignment.findOwnLink(actor.personId, itemId, stage as Stage)).linkHash);
    // The session is the credential here: an emailed link's expiry guards the mailbox, not a signed-in reviewer.
    return resolved.verdict === "expired" ? { ...resolved, verdict: "live" } : resolved;
  }

  /** What the confirm page shows. Reading never changes anything (mail scanners prefetch links). */
  async function view(resolved: ResolvedLink) {
    const { link, filing, verdict } = resolved;
    // A pending task is shown as this link's reviewer sees it; a decided one as decided.
    const task = resolved.task.status === "pending" ? { ...resolved.task, reviewerName: link.onBehalfOfName ? `${link.reviewerName}（代${link.onBehalfOfName}）` : link.reviewerName, linkExpiresAt: link.expiresAt } : resolved.task;
    let refusal: DomainError | undefined;
    try {
      assertLive(resolved);
    } catch (error) {
      refusal = error as DomainError;
    }
    const state = verdict === "live" ? ("pending" as const) : verdict === "decided" ? ("decided" as const) : verdict === "expired" || verdict === "task_expired" ? ("expired" as const) : ("revoked" as const);
    const [tasks, audit] = await Promise.all([store.listTasks(filing.filingId), store.listAudit(filing.filingId)]);
    const resubmission = audit.find((r) => r.action === "filing_resubmitted" && r.details.round === task.round);
    return {
      task,
      filing,
      unitName: await unitName(filing.unitId),
      checklist: FILING_CHECKLISTS[task.stage],
      state,
      decidedBy: decidedByLabel(resolved.task),
      refusal: refusal && { code: refusal.code, message: refusal.message },
      /** Earlier stages of this round, so a later stage sees what was already decided. */
      earlierDecisions: tasks.filter((t) => t.round === task.round && t.status === "decided" && t.stage !== task.stage),
      changes: (resubmission?.details.changes as FieldChange[] | undefined) ?? [],
      transferUnitName: filing.transferToUnitId ? await unitName(filing.transferToUnitId) : undefined,
    };
  }

  /** One decision through one link: the first of a task's links to decide wins (conditional write). */
  async function decideWith(resolved: ResolvedLink, input: DecisionInput) {
    if (!DECISIONS.includes(input.decision)) {
      throw new DomainError("validation", "VALIDATION_FAILED", "请选择审核结论", [{ field: "decision", code: "INVALID_CHOICE", message: "审核结论无效" }]);
    }
    const { task, filing, link } = resolved;
    assertLive(resolved);
    const now = clock.now();
    const signers = link.onBehalfOfId ? [link.reviewerId, link.onBehalfOfId] : [link.reviewerId];
    assertMayDecide(signers, task.stage, filing.submittedBy, priorDecisions(await store.listTasks(filing.filingId)));
    validateDecision(task.stage, input);

    const at = now.toISOString();
    const comment = input.comment.trim();
    const outcome = afterDecision(task.stage, input.decision);
    const proxy = link.onBehalfOfId ? { onBehalfOfId: link.onBehalfOfId, onBehalfOfName: link.onBehalfOfName } : {};
    const decider = { reviewerId: link.reviewerId, reviewerName: link.reviewerName, reviewerEmail: link.reviewerEmail, ...proxy };
    const decided: ReviewTask = { ...task, ...decider, status: "decided", decision: input.decision, comment, checklist: input.checklist, decidedAt: at, delivered: false };
    const actor = { id: link.reviewerId, name: link.reviewerName };
    // 代签: the deputy decides in the delegator's name; both are on the record.
    const signedFor = link.onBehalfOfId ? { onBehalfOf: { id: link.onBehalfOfId, name: link.onBehalfOfName }, proxySigned: true } : {};
    const effect = await registerEffects.ofDecision(filing, outcome.status, actor, at);
    const next = appendAudit(
      { ...filing, ...outcome, lastDecision: input.decision, lastComment: comment || undefined, ...effect.filingPatch },
      actor,
      "review_decided",
      { round: task.round, stage: task.stage, decision: input.decision, comment, checklist: input.checklist, ...signedFor, ...effect.auditDetails },
      at,
    );
    try {
      await store.commitFilingChange({
        ...next,
        expectedAuditSeq: filing.auditSeq,
        expectedStatus: "in_review",
        decideTask: decided,
        ...effect.change,
      });
    } catch (error) {
      if (error instanceof StoreConflict && error.part === "account") throw conflict("ACCOUNT_CHANGED", "账号状态刚发生变化（如被停用或恢复），本次决定未生效，请刷新后重试");
      if (error instanceof StoreConflict) throw conflict("ALREADY_DECIDED", "该审核环节已被处理，本次操作未生效");
      throw error;
    }
    await assignment.closeTaskLinks(task);
    await effect.afterCommit?.().catch((error) => log.error("follow-up of an approved change failed", { itemId: task.itemId, error: String(error) }));
    try {
      await deliver(decided as ReviewTask & { decision: Decision });
    } catch (error) {
      // The decision stands; the sweep re-delivers it to the workflow.
      log.error("SendTaskSuccess failed; left for the re-delivery sweep", { itemId: task.itemId, error: String(error) });
    }
    return { filing: next.filing, task: decided };
  }

  return {
    /**
     * Called by the workflow's wait state. Idempotent per item, round and stage: a retry or a
     * resumed execution reuses the task (rebinding a new token) and never mails the reviewer twice.
     */
    async openStage(request: OpenStageRequest): Promise<void> {
      const { itemId, round, stage, taskToken } = request;
      const existing = await store.getTask(itemId, round, stage);
      if (existing) {
        if (existing.taskToken !== taskToken) await store.rebindTaskToken(existing, taskToken);
        const task = { ...existing, taskToken };
        if (task.status === "decided" && !task.delivered) await deliver(task as ReviewTask & { decision: Decision });
        if (task.status === "pending" && !task.mailedAt) {
          const filing = await store.getFiling(itemId);
          if (filing) await assignment.mailMissing(task, filing, priorDecisions(await store.listTasks(itemId)));
        }
        return;
      }
      const filing = await store.getFiling(itemId);
      if (!filing || filing.round !== round || filing.status !== "in_review" || filing.stage !== stage) {
        throw new DomainError("conflict", "STALE_REVIEW_STAGE", `no open ${stage} stage for ${itemId} round ${round}`);
      }
      const tasks = await store.listTasks(itemId);
      const prior = priorDecisions(tasks);
      const chain = await assignment.roundChain(filing, tasks);
      const assignees = await assignment.assigneesFor(stage, chain, filing, prior);
      if (!assignees.length) throw new DomainError("conflict", "NO_ELIGIBLE_REVIEWER", `no eligible ${stage} reviewer for ${itemId}`);
      const [primary] = assignees;
      const now = clock.now().toISOString();
      const minted = assignment.newLink();
      const task: ReviewTask = {
        itemId,
        round,
        stage,
        status: "pending",
        reviewerId: primary.personId,
        reviewerName: primary.name,
        reviewerEmail: primary.email,
        taskToken,
        linkHash: minted.linkHash,
        linkExpiresAt: minted.linkExpiresAt,
        createdAt: now,
        assignees: assignees.map(toAssignee),
        chain,
      };
      const reviewerName = assignees.map((a) => a.name).join("、");
      const next = appendAudit(filing, SYSTEM_ACTOR, "review_assigned", { round, stage, reviewerName, reviewerIds: assignees.map((a) => a.personId) }, now);
      try {
        await store.commitFilingChange({ ...next, expectedAuditSeq: filing.auditSeq, expectedStatus: "in_review", openTask: task });
      } catch (error) {
        // A concurrent invocation opened it first; that one mails the reviewers.
        if (error instanceof StoreConflict) return;
        throw error;
      }
      await assignment.mailMissing(task, next.filing, prior, { personId: primary.personId, minted });
    },

    async viewByLink(linkId: string) {
      return view(await findByLink(linkId));
    },

    /** 待我审核: the same confirm page for a logged-in reviewer, through their own link. */
    async viewAsReviewer(actor: Actor, itemId: string, stage: string) {
      return view(await findOwn(actor, itemId, stage));
    },

    async decide(linkId: string, input: DecisionInput) {
      return decideWith(await findByLink(linkId), input);
    },

    async decideAsReviewer(actor: Actor, itemId: string, stage: string, input: DecisionInput) {
      return decideWith(await findOwn(actor, itemId, stage), input);
    },

    /** The workflow's last step: close timed-out stages and tell the operator how it ended. */
    async reportOutcome(request: ReviewOutcomeRequest): Promise<{ status: string }> {
      let filing = await store.getFiling(request.itemId);
      if (!filing || filing.round !== request.round) return { status: "stale" };
      if (request.timedOutStage) {
        const task = await store.getTask(request.itemId, request.round, request.timedOutStage);
        if (filing.status === "in_review") {
          const at = clock.now().toISOString();
          const comment = `${STAGE_LABELS[request.timedOutStage]}超过审核时限未处理，系统自动退回`;
          const next = appendAudit({ ...filing, status: "returned", lastComment: comment, lastDecision: "return" }, SYSTEM_ACTOR, "review_timed_out", { round: request.round, stage: request.timedOutStage, comment }, at);
          await store.commitFilingChange({
            ...next,
            expectedAuditSeq: filing.auditSeq,
            expectedStatus: "in_review",
            ...(task && task.status === "pending" ? { expireTask: { ...task, status: "expired" } } : {}),
          });
          filing = next.filing;
        }
      }
      const operator = await store.getPerson(filing.submittedBy);
      if (operator) await mailer.send(outcomeMail(operator.email, operator.name, filing, `${config.baseUrl}/#/filings/${filing.filingId}`, request.timedOutStage));
      return { status: filing.status };
    },

    /** Sweep: decisions written but not yet accepted by the workflow (SendTaskSuccess failed). */
    async redeliverDecisions(): Promise<number> {
      const pending = await store.listUndeliveredDecisions();
      for (const task of pending) await deliver(task as ReviewTask & { decision: Decision });
      return pending.length;
    },
  };
}

export type ReviewService = ReturnType<typeof reviewService>;
