import { REVIEW_EVENTS } from "../review/review-events.js";
import type { OutboxEvent } from "../shared/outbox.js";
import type { TxWrite } from "../shared/ports.js";
import { CONTENT_REVIEW_KIND } from "./content-kind.js";
import type { ContentDeps } from "./content-deps.js";
import type { ContentDraft } from "./draft.js";

/**
 * What an edit during a round does to that round, in the edit's own transaction: the waiting stage's
 * task closes (its links stop working), a stuck marker clears, and the workflow is told the waiting
 * task will never be decided (`review.abandon-task`, the review's own withdrawal event, handled by
 * the review). A late click on an old link then finds the round over.
 */
export function roundVoiding(deps: Pick<ContentDeps, "reviews" | "effects" | "log">) {
  const { reviews, effects, log } = deps;
  return {
    async writes(draft: ContentDraft): Promise<{ writes: TxWrite[]; events: OutboxEvent[]; closeLinks: () => Promise<void> }> {
      if (draft.status !== "in_review") return { writes: [], events: [], closeLinks: async () => {} };
      const task = await reviews.getTask(draft.draftId, draft.round, draft.stage);
      const pending = task?.status === "pending" ? task : undefined;
      return {
        writes: [...(pending ? [reviews.closeTask({ ...pending, status: "expired" }, pending.linkHash)] : []), reviews.clearStuck(CONTENT_REVIEW_KIND, draft.draftId)],
        events: pending ? [effects.event(REVIEW_EVENTS.abandonTask, { itemId: draft.draftId, round: pending.round, stage: pending.stage })] : [],
        async closeLinks() {
          if (!pending) return;
          try {
            const open = (await reviews.listTaskLinks(draft.draftId, pending.round, pending.stage)).filter((l) => l.state === "open");
            if (open.length) await reviews.closeLinks(open);
          } catch (error) {
            // Best effort: 待我审核 filters on the task's state anyway.
            log.warn("could not close review links of a voided round", { draftId: draft.draftId, error: String(error) });
          }
        },
      };
    },
  };
}
