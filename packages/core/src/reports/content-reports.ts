import type { AnnualColumn } from "./annual-table.js";
import { DRAFT_CARDS, publicationReport } from "./publication-report.js";
import type { ReportsRegistry } from "./reports-registry.js";
import { draftFigures, publicationFigures } from "./sources/content-figures.js";
import { monitorEntryFigures, monitorEventFigures } from "./sources/update-figures.js";
import { UPDATE_CARDS, updateAlertsAction, updateRankingTerm, updateReport } from "./update-report.js";

/** The 年度统计表's columns content fills (per account, in the year). */
export const CONTENT_ANNUAL_COLUMNS: AnnualColumn[] = [
  { header: "发布数", width: 10, value: (r) => r.figure("publications") },
  { header: "原创数", width: 10, value: (r) => r.figure("originals") },
  { header: "更新违规次数", width: 14, value: (r) => r.figure("updateViolations") },
];

/**
 * What content (先审后发, publication records, the update monitor) adds to the reports, through the
 * registry alone: its figure sources, 更新监测统计 and 发布统计, the ranking's 更新不及时 term, the
 * 工作台's update and draft cards and its list of accounts warned or in violation, and three columns
 * of the 年度统计表.
 */
export function registerContentReports(registry: ReportsRegistry): ReportsRegistry {
  registry.source(monitorEntryFigures).source(monitorEventFigures).source(publicationFigures).source(draftFigures);
  registry.report(updateReport).report(publicationReport);
  registry.rankingTerm(updateRankingTerm);
  for (const card of [...UPDATE_CARDS, ...DRAFT_CARDS]) registry.card(card);
  registry.action(updateAlertsAction);
  for (const column of CONTENT_ANNUAL_COLUMNS) registry.annualColumn(column);
  return registry;
}
