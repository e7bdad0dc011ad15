import type { ReviewState } from "../review/kind.js";
import { reviewedFieldsOf, reviewStateFrom } from "../review/reviewed-fields.js";
import type { AnnualReport } from "./annual-report.js";

/** A report as the review sees it: not in a round (待填报) is "withdrawn" to the review. */
export function reviewStateOf(report: AnnualReport): ReviewState {
  return reviewStateFrom(report, report.reportId, report.status === "pending" ? "withdrawn" : report.status);
}

/** The report after a review step (a withdrawal puts it back to 待填报). */
export function withReviewState(report: AnnualReport, state: ReviewState): AnnualReport {
  return { ...report, ...reviewedFieldsOf(state), status: state.status === "withdrawn" ? "pending" : state.status };
}
