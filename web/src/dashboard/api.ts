import type { Dashboard, ReportPage, Unit } from "@beian/core";
import { enc, request } from "../ui/api-client.js";

/** A report's filters as the API and the page's URL carry them. */
export interface ReportQuery {
  report?: string;
  from?: string;
  to?: string;
  unitId?: string;
  /** "0" leaves out the unit's sub-units (the server's default includes them). */
  subUnits?: "0" | "1";
  platform?: string;
}

export const queryString = (q: Record<string, string | undefined>) => {
  const params = new URLSearchParams(Object.entries(q).filter(([, v]) => v !== undefined && v !== "") as [string, string][]);
  return params.size ? `?${params}` : "";
};

const filters = ({ report: _report, ...q }: ReportQuery) => q;

/** 工作台 and 统计报表: figures, report pages, and the links of their exports. */
export const reportsApi = {
  dashboard: () => request<Dashboard>("GET", "/api/reports/dashboard"),
  list: () => request<{ items: { id: string; title: string }[] }>("GET", "/api/reports").then((r) => r.items),
  report: (id: string, q: ReportQuery) => request<ReportPage>("GET", `/api/reports/${enc(id)}${queryString(filters(q))}`),
  exportHref: (format: "csv" | "xlsx", tableId: string, q: ReportQuery) => `/api/reports/export.${format}${queryString({ ...filters(q), table: tableId })}`,
  annualHref: (year: string, q: ReportQuery) => `/api/reports/annual.xlsx${queryString({ year, unitId: q.unitId, subUnits: q.subUnits, platform: q.platform })}`,
  units: () => request<{ items: Unit[] }>("GET", "/api/directory/units").then((r) => r.items),
};
