import "./inspection.css";
import type { NavLink, Route } from "../shell/route.js";
import { CampaignView } from "./campaign-view.js";
import { CampaignsView } from "./campaigns-view.js";
import { IndicatorsView } from "./indicators-view.js";
import { ReportView } from "./report-view.js";
import { ReportsView } from "./reports-view.js";
import { UnitResultsView } from "./unit-results-view.js";

export const inspectionRoutes: Route[] = [
  { pattern: "/inspection", title: "年度检查", roles: ["admin"], view: CampaignsView },
  { pattern: "/inspection/indicators", title: "检查指标", roles: ["admin"], view: IndicatorsView },
  { pattern: "/inspection/:year", title: "年度检查进度", roles: ["admin"], view: CampaignView },
  { pattern: "/inspection/:year/units/:unitId", title: "年度检查结果", roles: ["admin"], view: UnitResultsView },
  { pattern: "/annual-reports", title: "年度报告", roles: ["operator"], view: ReportsView },
  { pattern: "/annual-reports/:id", title: "年度报告", roles: ["operator", "admin"], view: ReportView },
];

export const inspectionNav: NavLink[] = [
  { hash: "#/inspection", label: () => "年度检查", roles: ["admin"], testId: "nav-inspection", order: 38, current: (path) => path.startsWith("/inspection") },
  { hash: "#/annual-reports", label: () => "年度报告", roles: ["operator"], testId: "nav-annual-reports", order: 38, current: (path) => path.startsWith("/annual-reports") },
];
