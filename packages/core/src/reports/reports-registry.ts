import { ACCOUNT_YEAR_SET, ACCOUNT_YEAR_SPEC, CORE_ANNUAL_COLUMNS, type AnnualColumn } from "./annual-table.js";
import { registerContentReports } from "./content-reports.js";
import { dashboardCharts } from "./dashboard-charts.js";
import { CORE_DASHBOARD_ACTIONS, CORE_DASHBOARD_CARDS, type DashboardActionSource, type DashboardCardSource } from "./dashboard-parts.js";
import { FigureSources, type FigureSource } from "./figure-source.js";
import { registerInspectionReports } from "./inspection-reports.js";
import { CORE_RANKING_TERMS, type RankingTerm } from "./ranking-terms.js";
import { rankingsReport } from "./rankings-report.js";
import { ReportDefinitions, type ReportDefinition } from "./report-context.js";
import { registerReport } from "./register-report.js";
import { reviewReport } from "./review-report.js";
import { credentialTaskFigures } from "./sources/credential-figures.js";
import { accountFigures, changeFilingFigures } from "./sources/register-figures.js";
import { reviewTaskFigures } from "./sources/review-figures.js";

/**
 * Everything reports are made of, registered in one place: figure sources (what stored items
 * count), reports (pages of tables), ranking terms, 工作台 cards and action lists, and the 年度统计表's
 * columns. The update-compliance and inspection capabilities plug in by registering more of each;
 * nothing here names them.
 */
export class ReportsRegistry {
  readonly sources = new FigureSources();
  readonly reports = new ReportDefinitions();
  readonly rankingTerms: RankingTerm[] = [];
  readonly cards: DashboardCardSource[] = [];
  readonly actions: DashboardActionSource[] = [];
  readonly annualColumns: AnnualColumn[] = [];

  source(source: FigureSource): this {
    this.sources.register(source);
    return this;
  }
  report(report: ReportDefinition): this {
    this.reports.register(report);
    return this;
  }
  rankingTerm(term: RankingTerm): this {
    this.rankingTerms.push(term);
    return this;
  }
  card(card: DashboardCardSource): this {
    this.cards.push(card);
    return this;
  }
  action(action: DashboardActionSource): this {
    this.actions.push(action);
    return this;
  }
  annualColumn(column: AnnualColumn): this {
    this.annualColumns.push(column);
    return this;
  }
}

/** The reports this system has today. */
export function productReports(): ReportsRegistry {
  const registry = new ReportsRegistry();
  registry.source(accountFigures).source(changeFilingFigures).source(reviewTaskFigures).source(credentialTaskFigures);
  // The per-account yearly set exists (empty) so the 年度统计表 reads it; its sources come with content and inspection.
  registry.sources.declare(ACCOUNT_YEAR_SET, ACCOUNT_YEAR_SPEC);
  const terms = () => registry.rankingTerms;
  registry.report(registerReport).report(reviewReport).report(rankingsReport(registry.sources, terms)).report(dashboardCharts(registry.sources, terms));
  for (const term of CORE_RANKING_TERMS) registry.rankingTerm(term);
  for (const card of CORE_DASHBOARD_CARDS) registry.card(card);
  for (const action of CORE_DASHBOARD_ACTIONS) registry.action(action);
  for (const column of CORE_ANNUAL_COLUMNS) registry.annualColumn(column);
  registerContentReports(registry);
  registerInspectionReports(registry);
  return registry;
}
