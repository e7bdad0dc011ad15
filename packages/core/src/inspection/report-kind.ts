import type { ReviewKind, ReviewSubject } from "../review/kind.js";
import { isRectification, type AnnualReport } from "./annual-report.js";
import type { InspectionDeps } from "./inspection-deps.js";
import { progressDelta } from "./progress.js";
import { reportAssessment } from "./report-assessment.js";
import { ANNUAL_REPORT_CHECKLISTS } from "./report-checklists.js";
import { describeReport } from "./report-describe.js";
import { reportOutcomeNotice, reportTitle } from "./report-notices.js";
import { reportOutcomes } from "./report-outcomes.js";
import { reviewStateOf, withReviewState } from "./report-state.js";
import { sanctions } from "./sanctions.js";

export const ANNUAL_REPORT_KIND = "annual_report";
export const ANNUAL_REPORT_LABEL = "年度报告";

/**
 * Annual reports (年度报告) as a kind of review item, with their own chain and checklist, and a score
 * sheet against the inspection indicators at every stage. Every write moves the unit's progress
 * counters in the same transaction.
 */
export function annualReportKind(deps: Pick<InspectionDeps, "inspection" | "accounts" | "directory" | "effects" | "config" | "schedule">): ReviewKind<AnnualReport> {
  const { inspection } = deps;
  const outcomes = reportOutcomes(deps, sanctions(deps));
  return {
    kind: ANNUAL_REPORT_KIND,
    label: ANNUAL_REPORT_LABEL,
    checklists: ANNUAL_REPORT_CHECKLISTS,
    assessment: reportAssessment,

    async load(itemId) {
      const report = await inspection.getReport(itemId);
      return report && { state: reviewStateOf(report), item: report };
    },

    write(subject, next, patch) {
      const report = withReviewState({ ...subject.item, ...patch }, next);
      return inspection.writeReport(report, { auditSeq: subject.state.auditSeq, status: subject.item.status }, progressDelta(subject.item, report));
    },

    async describe({ item }) {
      const headline = [`账号：「${reportTitle(item)}」（备案编号 ${item.filingNumber ?? ""}），${item.year} 年度${isRectification(item) ? "整改报告" : "报告"}`];
      return { title: reportTitle(item), requestLabel: isRectification(item) ? "年度检查整改报告" : "年度报告", headline, sections: describeReport(item) };
    },

    title: ({ item }) => reportTitle(item),
    pagePath: ({ item }) => `#/annual-reports/${encodeURIComponent(item.reportId)}`,
    onOutcome: (subject, outcome, context) => outcomes(subject.item, outcome, context),
    outcomeNotice: (subject: ReviewSubject<AnnualReport>, outcome, context) => reportOutcomeNotice(withReviewState(subject.item, subject.state), outcome, context.stage),
  };
}
