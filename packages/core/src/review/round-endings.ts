import { hasRole } from "../directory/people.js";
import { SYSTEM_ACTOR } from "../shared/actors.js";
import type { ReviewKind, ReviewSubject } from "./kind.js";
import { outcomeNoticeEvent } from "./outcome-notice.js";
import type { ReviewAssignment } from "./review-assignment.js";
import type { ReviewDeps } from "./review-deps.js";
import { stuckMail } from "./review-mails.js";
import { commitReviewStep } from "./review-steps.js";
import type { ReviewOutcomeRequest } from "./review-task.js";
import { STAGE_LABELS } from "./stages.js";

/**
 * How a round ends other than by a decision, as the workflow's last step reports it: a stage timed
 * out (the item is returned), or a step failed for good (the round waits for an admin to restart it).
 */
export function roundEndings(deps: ReviewDeps, assignment: ReviewAssignment) {
  const { reviews, directory, kinds, effects, clock, config, log } = deps;

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
  };
}
