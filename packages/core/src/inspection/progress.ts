import type { AnnualReport } from "./annual-report.js";
import type { UnitDeadlineState } from "./inspection-schedule.js";

/** What the progress page counts per unit, kept on the unit's item with every report write. */
export const PROGRESS_COUNTERS = [
  "total",
  "unsubmitted",
  "submitted",
  "inReview",
  "returned",
  "approved",
  "rejected",
  "qualified",
  "basic",
  "failed",
  "overdue",
  "suspended",
  "restored",
  "cancelled",
] as const;
export type ProgressCounter = (typeof PROGRESS_COUNTERS)[number];
export type ProgressCounts = Record<ProgressCounter, number>;

export const PROGRESS_LABELS: Record<ProgressCounter, string> = {
  total: "账号数",
  unsubmitted: "未提交",
  submitted: "已提交",
  inReview: "审核中",
  returned: "退回修改",
  approved: "已通过",
  rejected: "未通过",
  qualified: "合格",
  basic: "基本合格",
  failed: "不合格",
  overdue: "逾期",
  suspended: "已停用",
  restored: "整改恢复",
  cancelled: "已注销",
};

export const emptyCounts = (): ProgressCounts => Object.fromEntries(PROGRESS_COUNTERS.map((c) => [c, 0])) as ProgressCounts;

/** Which counters one report adds to (1) in its state. */
export function tally(report: Pick<AnnualReport, "status" | "outcome" | "round" | "result" | "suspendReason">): ProgressCounts {
  const counts = emptyCounts();
  counts.total = 1;
  counts.unsubmitted = (report.status === "pending" || report.status === "returned") && report.outcome === "open" ? 1 : 0;
  counts.submitted = report.round >= 1 ? 1 : 0;
  counts.inReview = report.status === "in_review" ? 1 : 0;
  counts.returned = report.status === "returned" ? 1 : 0;
  counts.approved = report.status === "approved" ? 1 : 0;
  counts.rejected = report.status === "rejected" ? 1 : 0;
  counts.qualified = report.result === "qualified" ? 1 : 0;
  counts.basic = report.result === "basic" ? 1 : 0;
  counts.failed = report.result === "failed" ? 1 : 0;
  counts.overdue = report.suspendReason === "overdue" ? 1 : 0;
  counts.suspended = report.outcome === "suspended" ? 1 : 0;
  counts.restored = report.outcome === "restored" ? 1 : 0;
  counts.cancelled = report.outcome === "cancelled" ? 1 : 0;
  return counts;
}

/** The counters a write moving a report from `before` to `after` changes (only those that change). */
export function progressDelta(before: Parameters<typeof tally>[0], after: Parameters<typeof tally>[0]): Partial<ProgressCounts> {
  const a = tally(after);
  const b = tally(before);
  const delta: Partial<ProgressCounts> = {};
  for (const counter of PROGRESS_COUNTERS) if (a[counter] !== b[counter]) delta[counter] = a[counter] - b[counter];
  return delta;
}

/**
 * A unit's part in a campaign: its deadline (an admin may extend it, audited on the campaign's
 * chain), what was sent, the day the sweep next looks at it, and its counters.
 */
export interface UnitProgress extends UnitDeadlineState {
  year: number;
  unitId: string;
  notifiedAt: string;
  dueOn: string;
  extendedAt?: string;
  extendedBy?: string;
  extendReason?: string;
  counts: ProgressCounts;
  updatedAt: string;
}
