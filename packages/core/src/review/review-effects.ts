import { priorDecisions, type ReviewAssignment } from "./review-assignment.js";
import type { ReviewDeps } from "./review-deps.js";
import { REVIEW_EVENTS } from "./review-events.js";
import type { ReviewExecutionInput } from "./review-task.js";

/** Errors from the workflow meaning the execution no longer waits for this token. */
const CLOSED_TASK_ERRORS = ["TaskTimedOut", "InvalidToken", "TaskDoesNotExist"];

/** Carries out what the review records with its writes: start a round, mail links, abandon a withdrawn task. */
export function registerReviewEffects(deps: ReviewDeps, assignment: ReviewAssignment) {
  const { reviews, kinds, effects, workflow } = deps;

  effects.on(REVIEW_EVENTS.start, async (payload) => {
    await workflow.start(payload.executionName as string, payload.input as ReviewExecutionInput);
  });

  effects.on(REVIEW_EVENTS.mailLinks, async (payload) => {
    const task = await reviews.getTask(payload.itemId as string, payload.round as number, payload.stage as never);
    const kind = kinds.get(payload.kind as string);
    const subject = task?.status === "pending" && kind ? await kind.load(task.itemId) : undefined;
    if (!task || !kind || !subject || subject.state.round !== task.round || task.mailedAt) return;
    await assignment.mailMissing(task, kind, subject, priorDecisions(await reviews.listTasks(task.itemId)));
  });

  effects.on(REVIEW_EVENTS.abandonTask, async (payload) => {
    const task = await reviews.getTask(payload.itemId as string, payload.round as number, payload.stage as never);
    if (!task) return;
    await workflow.sendTaskFailure(task.taskToken, "Review.Withdrawn", "the item was withdrawn").catch((error: Error) => {
      if (!CLOSED_TASK_ERRORS.includes(error.name)) throw error;
    });
  });
}
