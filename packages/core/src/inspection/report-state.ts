import type { ReviewState } from "../review/kind.js";
import type { AnnualReport } from "./annual-report.js";

/** A report as the review sees it: not in a round (待填报) is "withdrawn" to the review. */
export function reviewStateOf(report: AnnualReport): ReviewState {
  return {
    itemId: report.reportId,
    unitId: report.unitId,
    submittedBy: report.submittedBy,
    round: report.round,
    status: report.status === "pending" ? "withdrawn" : report.status,
    stage: report.stage,
    lastDecision: report.lastDecision,
    lastComment: report.lastComment,
    submittedAt: report.submittedAt ?? report.createdAt,
    restarts: report.restarts,
    auditSeq: report.auditSeq,
    auditHead: report.auditHead,
    updatedAt: report.updatedAt,
  };
}

/** The report after a review step (a withdrawal puts it back to 待填报). */
export function withReviewState(report: AnnualReport, state: ReviewState): AnnualReport {
  return {
    ...report,
    round: state.round,
    status: state.status === "withdrawn" ? "pending" : state.status,
    stage: state.stage,
    lastDecision: state.lastDecision,
    lastComment: state.lastComment,
    submittedAt: state.submittedAt,
    restarts: state.restarts,
    auditSeq: state.auditSeq,
    auditHead: state.auditHead,
    updatedAt: state.updatedAt,
  };
}
