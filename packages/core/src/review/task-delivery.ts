import type { ReviewDeps } from "./review-deps.js";
import type { ReviewTask } from "./review-task.js";

/** Errors from SendTaskSuccess meaning the execution no longer waits for this token. */
const CLOSED_TASK_ERRORS = new Set(["TaskTimedOut", "InvalidToken", "TaskDoesNotExist"]);

/** Handing stored decisions to the workflow, and re-delivering those it has not accepted. */
export function taskDelivery(deps: Pick<ReviewDeps, "reviews" | "workflow" | "log">) {
  const { reviews, workflow, log } = deps;

  async function deliver(task: ReviewTask): Promise<void> {
    try {
      await workflow.sendTaskSuccess(task.taskToken, { decision: task.decision! });
    } catch (error) {
      const name = (error as Error).name;
      if (!CLOSED_TASK_ERRORS.has(name)) throw error;
      // A concurrent delivery (the decision's own, or a sweep's) got there first, or the execution
      // moved on; either way nothing is lost: the decision is stored and the workflow has it or ended.
      log.info("decision already delivered or its execution no longer waits", { itemId: task.itemId, round: task.round, stage: task.stage, answer: name });
    }
    await reviews.markDelivered(task);
  }

  return {
    deliver,

    /** Sweep: decisions written but not yet accepted by the workflow (SendTaskSuccess failed). */
    async redeliver(): Promise<number> {
      const pending = await reviews.listUndeliveredDecisions();
      for (const task of pending) await deliver(task);
      return pending.length;
    },
  };
}

export type TaskDelivery = ReturnType<typeof taskDelivery>;
