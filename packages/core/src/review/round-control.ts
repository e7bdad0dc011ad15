import { requireRole, seesUnit } from "../directory/access.js";
import { hasRole, type Actor } from "../directory/people.js";
import { SYSTEM_ACTOR } from "../shared/actors.js";
import { fail } from "../shared/errors.js";
import { StoreConflict } from "../shared/ports.js";
import { parseOrThrow } from "../shared/validation.js";
import type { ReviewKind, ReviewSubject } from "./kind.js";
import { outcomeNoticeEvent } from "./outcome-notice.js";
import type { ReviewAssignment } from "./review-assignment.js";
import type { ReviewDeps } from "./review-deps.js";
import { REVIEW_EVENTS, reviewStartEvent } from "./review-events.js";
import { REASON_FIELD_LABELS, reasonInputSchema } from "./review-input.js";
import { stuckMail } from "./review-mails.js";
import { commitReviewStep } from "./review-steps.js";
import type { ReviewOutcomeRequest } from "./review-task.js";
import { STAGE_LABELS } from "./stages.js";

/**
 * How a round ends other than by a decision, and what an admin or the unit can do about a round:
 * a stage timed out, the workflow failed for good (the round waits for an admin to restart it),
 * an admin restarts it, the unit withdraws (撤回) the item.
 */
export function roundControl(deps: ReviewDeps, assignment: ReviewAssignment) {
  const { reviews, directory, kinds, effects, clock, config, log } = deps;

  async function loadItem(rawKind: string, itemId: string): Promise<{ kind: ReviewKind; subject: ReviewSubject }> {
    const kind = kinds.get(rawKind);
    const subject = kind ? await kind.load(itemId) : undefined;
    if (!kind || !subject) throw fail("ITEM_NOT_FOUND");
    return { kind, subject };
  }

  async function timedOut(kind: ReviewKind, subject: ReviewSubject, request: ReviewOutcomeRequest) {
    const stage = request.timedOutStage!;
    const task = await reviews.getTask(request.itemId, request.round, stage);
    const at = clock.now().toISOString();
    const comment = `${STAGE_LABELS[stage]}超过审核时限未处理，系统自动退回`;
    const context = { stage, actor: SYSTEM_ACTOR, at };
    const effect = await kind.onOutcome(subject, "timed_out", context);
    const stateChange = { status: "returned" as const, lastComment: comment, lastDecision: "return" as const };
    const after = { state: { ...subject.state, ...stateChange }, item: { ...(subject.item as object), ...effect.patch } };
    const step = await commitReviewStep(deps, kind, subject, {
      state: stateChange,
      action: "review_timed_out",
      actor: SYSTEM_ACTOR,
      details: { round: request.round, stage, comment },
      at,
      patch: effect.patch,
      writes: [...(task?.status === "pending" ? [reviews.closeTask({ ...task, status: "expired" }, task.linkHash)] : []), ...(effect.writes ?? [])],
      events: [...(effect.events ?? []), ...(await outcomeNoticeEvent(deps, kind, after, "timed_out", context))],
    });
    if (task) await assignment.closeTaskLinks(task);
    await effects.run(step.events);
  }

  async function failed(kind: ReviewKind, subject: ReviewSubject, request: ReviewOutcomeRequest) {
    const at = clock.now().toISOString();
    const error = request.failure?.error || "States.TaskFailed";
    const title = kind.title(subject);
    const item = await assignment.mailItem(kind, subject);
    const admins = (await directory.listPeople()).filter((p) => hasRole(p, "admin"));
    const href = `${config.baseUrl}/#/review-chains`;
    const step = await commitReviewStep(deps, kind, subject, {
      action: "review_stuck",
      actor: SYSTEM_ACTOR,
      details: { round: request.round, stage: subject.state.stage, error, cause: request.failure?.cause?.slice(0, 500) },
      at,
      writes: [reviews.markStuck({ kind: kind.kind, itemId: subject.state.itemId, round: request.round, unitId: subject.state.unitId, title, error, at })],
      events: admins.map((admin) => effects.mail(stuckMail(admin, item, error, href))),
    });
    log.error("review workflow failed; the round waits for an admin to restart it", { kind: kind.kind, itemId: request.itemId, round: request.round, error });
    await effects.run(step.events);
  }

  return {
    /** The workflow's last step: a timed-out stage returns the item; a failure leaves it for an admin. */
    async reportOutcome(request: ReviewOutcomeRequest): Promise<{ status: string }> {
      const kind = kinds.require(request.kind);
      const subject = await kind.load(request.itemId);
      if (!subject || subject.state.round !== request.round) return { status: "stale" };
      if (subject.state.status !== "in_review") return { status: subject.state.status };
      if (request.failure) await failed(kind, subject, request);
      else if (request.timedOutStage) await timedOut(kind, subject, request);
      return { status: (await kind.load(request.itemId))?.state.status ?? "stale" };
    },

    /** Rounds whose workflow failed for good, for the admins. */
    async listStuck(actor: Actor) {
      requireRole(actor, "admin");
      return reviews.listStuck();
    },

    /**
     * Starts the current round's workflow again (a new execution for the same round). Stages already
     * decided hand their stored decision to it at once; the waiting stage keeps its task and links.
     */
    async restart(actor: Actor, rawKind: string, itemId: string, body: unknown) {
      requireRole(actor, "admin");
      const { reason } = parseOrThrow(reasonInputSchema, body, REASON_FIELD_LABELS);
      const { kind, subject } = await loadItem(rawKind, itemId);
      if (subject.state.status !== "in_review") throw fail("NOT_IN_REVIEW");
      const stuck = await reviews.getStuck(kind.kind, itemId);
      const waiting = await reviews.getTask(itemId, subject.state.round, subject.state.stage);
      if (!stuck && waiting && waiting.status === "pending") throw fail("REVIEW_NOT_STUCK");
      const restarts = (subject.state.restarts ?? 0) + 1;
      const at = clock.now().toISOString();
      try {
        const step = await commitReviewStep(deps, kind, subject, {
          state: { restarts },
          action: "review_restarted",
          actor: { id: actor.personId, name: actor.name },
          details: { round: subject.state.round, stage: subject.state.stage, reason, restarts },
          at,
          writes: stuck ? [reviews.clearStuck(kind.kind, itemId)] : [],
          events: [reviewStartEvent(effects, kind.kind, { ...subject.state, restarts })],
        });
        await effects.run(step.events);
        return step.state;
      } catch (error) {
        if (error instanceof StoreConflict) throw fail("CONCURRENT_UPDATE");
        throw error;
      }
    },

    /** The unit takes its item back while it is in review: its task closes, its claims are released (by the kind). */
    async withdraw(actor: Actor, rawKind: string, itemId: string, body: unknown) {
      const { kind, subject } = await loadItem(rawKind, itemId);
      if (!hasRole(actor, "operator") || !(await seesUnit(directory, actor, subject.state.unitId))) throw fail("ITEM_NOT_FOUND");
      const { reason } = parseOrThrow(reasonInputSchema, body, REASON_FIELD_LABELS);
      if (subject.state.status !== "in_review" && subject.state.status !== "returned") throw fail("NOT_IN_REVIEW", "只有审核中或被退回的事项可以撤回");
      const at = clock.now().toISOString();
      const task = await reviews.getTask(itemId, subject.state.round, subject.state.stage);
      const pending = task?.status === "pending" ? task : undefined;
      const actorRef = { id: actor.personId, name: actor.name };
      const effect = await kind.onOutcome(subject, "withdrawn", { stage: subject.state.stage, actor: actorRef, at });
      try {
        const step = await commitReviewStep(deps, kind, subject, {
          state: { status: "withdrawn" },
          action: "review_withdrawn",
          actor: actorRef,
          details: { round: subject.state.round, stage: subject.state.stage, reason, ...effect.auditDetails },
          at,
          patch: effect.patch,
          writes: [...(pending ? [reviews.closeTask({ ...pending, status: "expired" }, pending.linkHash)] : []), reviews.clearStuck(kind.kind, itemId), ...(effect.writes ?? [])],
          events: [...(effect.events ?? []), ...(pending ? [effects.event(REVIEW_EVENTS.abandonTask, { itemId, round: pending.round, stage: pending.stage })] : [])],
        });
        if (pending) await assignment.closeTaskLinks(pending);
        await effects.run(step.events);
        return step.state;
      } catch (error) {
        if (error instanceof StoreConflict) throw fail("CONCURRENT_UPDATE");
        throw error;
      }
    },
  };
}
