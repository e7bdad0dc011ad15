import { chainService } from "./chain-service.js";
import { decisions } from "./decisions.js";
import type { ReviewDeps } from "./review-deps.js";
import { reviewSweeps } from "./review-sweeps.js";
import { reviewTasks } from "./review-tasks.js";
import { reviewerWorkService } from "./reviewer-work-service.js";
import { roundControl } from "./round-control.js";

/**
 * The three-stage review for every kind of item: stages opened by the workflow, emailed decision
 * links, outcomes, 待我审核, reassignment, 代签, reminders, escalation, restarts and withdrawals.
 */
export function reviewService(deps: ReviewDeps) {
  const { assignment, delivery, ...tasks } = reviewTasks(deps);
  return {
    ...tasks,
    ...decisions(deps, assignment, delivery),
    ...roundControl(deps),
    work: reviewerWorkService(deps, assignment),
    sweeps: reviewSweeps(deps, assignment),
    chains: chainService(deps),
  };
}

export type ReviewService = ReturnType<typeof reviewService>;
