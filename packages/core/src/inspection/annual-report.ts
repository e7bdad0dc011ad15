import type { ReviewedFields } from "../review/reviewed-fields.js";
import { GENESIS_HASH } from "../shared/audit-chain.js";
import type { ReportAnswers } from "./report-input.js";
import type { ReportFigures } from "./figures.js";
import type { IndicatorConfig, ScoreSheet, InspectionResult } from "./indicators.js";

/** Where a report is in its review: 待填报 until first submitted (and again after a withdrawal). */
export type ReportStatus = "pending" | "in_review" | "returned" | "rejected" | "approved";

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  pending: "待填报",
  in_review: "审核中",
  returned: "已退回修改",
  rejected: "未通过",
  approved: "已通过",
};

/**
 * What the inspection did to the account: nothing yet, inspected (合格 / 基本合格), suspended
 * (停用: failed, rejected or overdue), restored by an approved rectification report, cancelled
 * (注销) after the grace period, or closed because the account left the register otherwise.
 */
export type ReportOutcome = "open" | "inspected" | "suspended" | "restored" | "cancelled" | "closed";

export const REPORT_OUTCOME_LABELS: Record<ReportOutcome, string> = {
  open: "未完成",
  inspected: "已通过年度检查",
  suspended: "已停用（整改期）",
  restored: "整改通过，已恢复",
  cancelled: "已注销",
  closed: "账号已注销或移出",
};

export type SuspendReason = "overdue" | "failed" | "rejected";

export const SUSPEND_REASON_LABELS: Record<SuspendReason, string> = {
  overdue: "逾期未提交年度报告",
  failed: "年度检查考核不合格",
  rejected: "年度报告审核未通过",
};

/**
 * One account's annual report for one year, created by the campaign's opening. Key: year + account,
 * so a replayed opening page writes the same report again and never a second one. The figures the
 * system knows are computed when the report is read and frozen into it when it is submitted.
 */
export interface AnnualReport extends ReviewedFields {
  reportId: string;
  year: number;
  accountId: string;
  platform: string;
  /** The account's name and number as of the last submission (the opening writes neither: lists read them from the register). */
  accountName?: string;
  filingNumber?: string;
  status: ReportStatus;
  outcome: ReportOutcome;
  /** What the unit wrote (saved drafts too). */
  answers?: Partial<ReportAnswers>;
  /** The system's figures as they were at the last submission. */
  figures?: ReportFigures;
  /** The indicators the current round is scored against (frozen at submission). */
  indicators?: IndicatorConfig;
  /** The latest stage's score sheet; the 终审 one decides the result. */
  assessment?: ScoreSheet;
  result?: InspectionResult;
  score?: number;
  suspendReason?: SuspendReason;
  suspendedAt?: string;
  /** Whether the inspection itself moved the account to 停用 (only such a suspension is lifted by a passed rectification). */
  suspendedAccount?: boolean;
  /** Last day (YYYY-MM-DD) an approved rectification report can save the account. */
  graceUntil?: string;
  /** The day the sweep next looks at a suspended report (the day after the grace period, or later while one is in review). */
  graceCheckOn?: string;
  closedAt?: string;
}

export const reportIdOf = (year: number, accountId: string) => `${year}-${accountId}`;

/** A suspended report is a rectification (整改报告) from then on. */
export const isRectification = (report: Pick<AnnualReport, "outcome">) => report.outcome === "suspended";

/** A report as the opening writes it: nothing done yet. */
export function freshReport(year: number, entry: { accountId: string; unitId: string; platform: string }, at: string): AnnualReport {
  return {
    reportId: reportIdOf(year, entry.accountId),
    year,
    accountId: entry.accountId,
    unitId: entry.unitId,
    platform: entry.platform,
    status: "pending",
    outcome: "open",
    submittedBy: "",
    round: 0,
    stage: "first",
    auditSeq: 0,
    auditHead: GENESIS_HASH,
    createdAt: at,
    updatedAt: at,
  };
}
