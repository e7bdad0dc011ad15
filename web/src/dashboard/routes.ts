import "./dashboard.css";
import type { NavLink, Route } from "../shell/route.js";
import { DashboardView, dashboardTitle } from "./dashboard-view.js";
import { ReportsView } from "./reports-view.js";

export const dashboardRoutes: Route[] = [
  { pattern: "/dashboard", title: (person) => dashboardTitle(person.roles), roles: ["admin", "operator"], view: DashboardView },
  { pattern: "/reports", title: "统计报表", roles: ["admin", "operator"], view: ReportsView },
];

/** 工作台 (本单位概况 for operators) first in the navigation; 统计报表 belongs to it. */
export const dashboardNav: NavLink[] = [
  {
    hash: "#/dashboard",
    label: (person) => dashboardTitle(person.roles),
    roles: ["admin", "operator"],
    testId: "nav-dashboard",
    order: 5,
    current: (path) => path === "/dashboard" || path.startsWith("/reports"),
  },
];
