import type { Effects, OutboxEvent } from "../shared/outbox.js";
import type { Logger, TxWrite } from "../shared/ports.js";
import type { ReviewStore } from "./ports.js";
import type { Stage } from "./stages.js";
import { REVIEW_EVENTS } from "./review-events.js";

export type RoundAbandonDeps = {
  reviews: Pick<ReviewStore, "getTask" | "closeTask" | "clearStuck" | "listTaskLinks" | "closeLinks">;
  effects: Pick<Effects, "event">;
  log: Logger;
};

export interface RoundAbandon {
  /** Join the caller's transaction: the waiting task closes, a stuck marker clears. */
  writes: TxWrite[];
  /** The workflow is told its waiting task will never be decided (`review.abandon-task`). */
  events: OutboxEvent[];
  /** After the commit: the closed task's links stop answering (best effort; lists filter on the task). */
  closeLinks: () => Promise<void>;
}

/**
 * What ends a round nobody will decide, for whichever write ends it (a withdrawal, an edit that
 * voids the round): each caller commits these in its own transaction, beside its own writes.
 */
export async function abandonRound(deps: RoundAbandonDeps, kind: string, itemId: string, round: number, stage: Stage): Promise<RoundAbandon> {
  const { reviews, effects, log } = deps;
  const task = await reviews.getTask(itemId, round, stage);
  const pending = task?.status === "pending" ? task : undefined;
  return {
    writes: [...(pending ? [reviews.closeTask({ ...pending, status: "expired" }, pending.linkHash)] : []), reviews.clearStuck(kind, itemId)],
    events: pending ? [effects.event(REVIEW_EVENTS.abandonTask, { itemId, round: pending.round, stage: pending.stage })] : [],
    async closeLinks() {
      if (!pending) return;
      try {
        const open = (await reviews.listTaskLinks(itemId, pending.round, pending.stage)).filter((l) => l.state === "open");
        if (open.length) await reviews.closeLinks(open);
      } catch (error) {
        log.warn("could not close review links", { itemId, stage: pending.stage, error: String(error) });
      }
    },
  };
}
