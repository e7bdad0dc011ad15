import type { AnnualColumn } from "./annual-table.js";
import { INSPECTION_CARDS, inspectionDueAction } from "./inspection-dashboard.js";
import { inspectionRankingTerm, inspectionReport } from "./inspection-report.js";
import type { ReportsRegistry } from "./reports-registry.js";
import { ANNUAL_RESULT_PREFIX, annualReportFigures } from "./sources/inspection-figures.js";

/** The 年度统计表's column the inspection fills: the account's result for the year (合格 / 基本合格 / 不合格), blank without one. */
export const INSPECTION_ANNUAL_COLUMNS: AnnualColumn[] = [{ header: "年检结果", width: 10, value: (r) => r.fieldsStarting(ANNUAL_RESULT_PREFIX)[0] ?? "" }];

/**
 * What the annual inspection (年度检查) adds to the reports, through the registry alone: the annual
 * report items as a figure source, 年度检查统计, the ranking's 年度检查 term, the 工作台's 年检进度 and
 * 年检停用 cards and its list of reports to submit, and the 年度统计表's 年检结果. The inspection's own
 * code names no report.
 */
export function registerInspectionReports(registry: ReportsRegistry): ReportsRegistry {
  registry.source(annualReportFigures);
  registry.report(inspectionReport);
  registry.rankingTerm(inspectionRankingTerm);
  for (const card of INSPECTION_CARDS) registry.card(card);
  registry.action(inspectionDueAction);
  for (const column of INSPECTION_ANNUAL_COLUMNS) registry.annualColumn(column);
  return registry;
}
