import type { Effects } from "../shared/outbox.js";
import type { ReviewState } from "./kind.js";
import { reviewExecutionName, type ReviewTask } from "./review-task.js";

/** Event types the review records with its writes and carries out after them. */
export const REVIEW_EVENTS = {
  /** Start the round's workflow execution (idempotent by its deterministic name). */
  start: "review.start",
  /** Mail the reviewers of a task the links they have not been sent. */
  mailLinks: "review.mail-links",
  /** Tell the workflow a waiting stage will never be decided (the item was withdrawn). */
  abandonTask: "review.abandon-task",
} as const;

/** What a submission records with its write so its round's review starts even if the process dies right after. */
export function reviewStartEvent(fx: Effects, kind: string, state: Pick<ReviewState, "itemId" | "round" | "restarts">) {
  return fx.event(REVIEW_EVENTS.start, {
    executionName: reviewExecutionName(kind, state.itemId, state.round, state.restarts),
    input: { kind, itemId: state.itemId, round: state.round },
  });
}

export function mailLinksEvent(fx: Effects, task: Pick<ReviewTask, "kind" | "itemId" | "round" | "stage">) {
  return fx.event(REVIEW_EVENTS.mailLinks, { kind: task.kind, itemId: task.itemId, round: task.round, stage: task.stage });
}
