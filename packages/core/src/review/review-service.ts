import { decisions } from "./decisions.js";
import { reviewAssignment } from "./review-assignment.js";
import type { ReviewDeps } from "./review-deps.js";
import { REVIEW_EVENTS } from "./review-events.js";
import { priorDecisions } from "./review-assignment.js";
import { reviewSweeps } from "./review-sweeps.js";
import { reviewerWorkService } from "./reviewer-work-service.js";
import { roundControl } from "./round-control.js";
import { stageOpening } from "./stage-opening.js";
import { taskDelivery } from "./task-delivery.js";
import { chainService } from "./chain-service.js";
import type { ReviewExecutionInput } from "./review-task.js";

/**
 * The three-stage review for every kind of item: stages opened by the workflow, emailed decision
 * links, outcomes, 待我审核, reassignment, 代签, reminders, escalation, restarts and withdrawals.
 * It registers the handlers of its own outbox events.
 */
export function reviewService(deps: ReviewDeps) {
  const { reviews, kinds, effects, workflow } = deps;
  const assignment = reviewAssignment(deps);
  const delivery = taskDelivery(deps);

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
      if (!["TaskTimedOut", "InvalidToken", "TaskDoesNotExist"].includes(error.name)) throw error;
    });
  });

  return {
    openStage: stageOpening(deps, assignment, delivery),
    ...decisions(deps, assignment, delivery),
    ...roundControl(deps, assignment),
    redeliverDecisions: delivery.redeliver,
    work: reviewerWorkService(deps, assignment),
    sweeps: reviewSweeps(deps, assignment),
    chains: chainService(deps),
  };
}

export type ReviewService = ReturnType<typeof reviewService>;
