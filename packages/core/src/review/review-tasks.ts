import { reviewAssignment } from "./review-assignment.js";
import type { ReviewDeps } from "./review-deps.js";
import { registerReviewEffects } from "./review-effects.js";
import { roundEndings } from "./round-endings.js";
import { stageOpening } from "./stage-opening.js";
import { taskDelivery } from "./task-delivery.js";

/**
 * The review as the workflow drives it (the task Lambdas): open a stage, report how a round ended,
 * re-deliver decisions, and the effects those record. No page, no editing, no parsing of input.
 */
export function reviewTasks(deps: ReviewDeps) {
  const assignment = reviewAssignment(deps);
  const delivery = taskDelivery(deps);
  registerReviewEffects(deps, assignment);
  return {
    assignment,
    delivery,
    openStage: stageOpening(deps, assignment, delivery),
    ...roundEndings(deps, assignment),
    redeliverDecisions: delivery.redeliver,
  };
}

export type ReviewTasks = ReturnType<typeof reviewTasks>;
