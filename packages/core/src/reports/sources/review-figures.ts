import type { ReviewTask } from "../../review/review-task.js";
import type { FigureCount } from "../figures.js";
import { NOW } from "../figures.js";
import type { FigureSource } from "../figure-source.js";
import { monthOf } from "../months.js";
import { waitBucket } from "../wait-buckets.js";

/** Review figure sets, per kind of item: every kind goes through the same review tasks, so kinds added later count by themselves. */
export const REVIEW_SETS = {
  /** [unit, kind, submitted | approved | returned | rejected | expired] → per month. */
  reviews: { platform: false, period: "month" },
  /** [unit, kind, stage, bucket] → decided stages by time waited, per month decided. */
  stageWaits: { platform: false, period: "month" },
  /** [unit, kind, reviewer, bucket] → decisions by who decided and time waited, per month decided. */
  reviewerWaits: { platform: false, period: "month" },
  /** [unit, kind, stage, createdAt, itemId] → stages awaiting a decision now (overdue is read from createdAt). */
  pendingStages: { platform: false, period: "now" },
} as const;

/** The unit recorded when an item can no longer be loaded (counts stay balanced either way). */
export const UNKNOWN_UNIT = "unknown";

/**
 * A review round is submitted when its first stage opens; approved when its final stage is approved;
 * returned or rejected at the stage that decided so. Waiting time is from the stage opening to its
 * decision.
 */
export const reviewTaskFigures: FigureSource<ReviewTask> = {
  entity: "reviewTask",
  sets: REVIEW_SETS,
  async count(task, context) {
    const kind = task.kind ?? "filing";
    const unit = (await context.unitOfReviewItem(kind, task.itemId)) ?? UNKNOWN_UNIT;
    const out: FigureCount[] = [];
    const event = (name: string, at: string) => out.push({ set: "reviews", period: monthOf(at), key: [unit, kind, name], n: 1 });
    if (task.stage === "first") event("submitted", task.createdAt);
    if (task.status === "pending") out.push({ set: "pendingStages", period: NOW, key: [unit, kind, task.stage, task.createdAt, task.itemId], n: 1 });
    if (task.status === "expired") event("expired", task.decidedAt ?? task.createdAt);
    if (task.status === "decided" && task.decision && task.decidedAt) {
      if (task.decision === "approve" && task.stage === "final") event("approved", task.decidedAt);
      if (task.decision === "return") event("returned", task.decidedAt);
      if (task.decision === "reject") event("rejected", task.decidedAt);
      const bucket = waitBucket(task.createdAt, task.decidedAt);
      const month = monthOf(task.decidedAt);
      out.push({ set: "stageWaits", period: month, key: [unit, kind, task.stage, bucket], n: 1 });
      out.push({ set: "reviewerWaits", period: month, key: [unit, kind, task.reviewerId || "-", bucket], n: 1 });
    }
    return out;
  },
};
