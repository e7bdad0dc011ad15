/**
 * What every report answers with, as plain data: the page draws any table (and its chart) and the
 * export writes it, without knowing which report it came from. Zod-free: the page imports it.
 */
export interface ReportColumn {
  key: string;
  /** The Chinese header, on the page and in exports. */
  label: string;
  numeric?: boolean;
}

export type ReportCell = string | number;

export interface ReportChart {
  type: "bar" | "stacked-bar" | "line" | "pie";
  /** The column along the axis (or the slices' names). */
  category: string;
  /** Numeric columns drawn (a pie draws the first). */
  series: string[];
}

export interface ReportTable {
  /** Stable id, used to export the table ("register.byPlatform"). */
  id: string;
  title: string;
  columns: ReportColumn[];
  rows: Record<string, ReportCell>[];
  chart?: ReportChart;
  note?: string;
}

export interface ReportFilter {
  from: string;
  to: string;
  unitId?: string;
  subUnits: boolean;
  platform?: string;
}

export interface ReportPage {
  report: string;
  title: string;
  filter: ReportFilter;
  tables: ReportTable[];
  /** Lines shown above the tables (the ranking's formula). */
  notes?: string[];
}

/** A figure on the 工作台. */
export interface DashboardCard {
  id: string;
  label: string;
  value: number;
  /** A line under the figure when one number does not say it all (年检进度: 已提交 / 应报, 合格). */
  detail?: string;
  tone?: "ok" | "warn" | "err";
  href?: string;
}

/** A list of what needs doing now. */
export interface ActionList {
  id: string;
  title: string;
  items: { label: string; detail: string; href?: string }[];
  /** More than shown. */
  more?: number;
}

export interface Dashboard {
  scope: { all: boolean; unitNames: string[] };
  cards: DashboardCard[];
  charts: ReportTable[];
  actions: ActionList[];
}

export const REPORT_IDS = ["register", "reviews", "rankings"] as const;
