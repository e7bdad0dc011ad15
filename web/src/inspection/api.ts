import type { AnnualReport, AuditRecord, Campaign, ChainVerdict, IndicatorConfig, ProgressCounts, ReportAnswers, ReportFigures, ReportRow, ReviewTask, UnitProgress } from "@beian/core";
import { enc, request } from "../ui/api-client.js";

export type CampaignSummary = Campaign & { statusLabel: string; totals: ProgressCounts };
export type UnitRow = UnitProgress & { unitName: string; unitCode?: string; overdueNow: number };

/** GET /api/inspection/reports/:id */
export interface ReportDetail {
  report: AnnualReport;
  row: ReportRow;
  unitName: string;
  figures?: ReportFigures;
  figuresLive: boolean;
  indicators: IndicatorConfig;
  editable: boolean;
  phase: "annual" | "rectification";
  notEditableReason?: string;
  history: AuditRecord[];
  chain: ChainVerdict;
  tasks: Pick<ReviewTask, "round" | "stage" | "status" | "reviewerName" | "decision" | "comment" | "decidedAt" | "onBehalfOfName">[];
}

export interface ReportList {
  year: number | null;
  years: number[];
  units: { unitId: string; unitName: string; deadline: string; counts: ProgressCounts }[];
  items: ReportRow[];
}

const campaign = (year: number) => `/api/inspection/campaigns/${year}`;

export const inspectionApi = {
  campaigns: () => request<{ items: CampaignSummary[] }>("GET", "/api/inspection/campaigns").then((r) => r.items),
  start: (year: number, deadline: string) => request<{ campaign: Campaign }>("POST", "/api/inspection/campaigns", { year, deadline }).then((r) => r.campaign),
  progress: (year: number) => request<{ campaign: CampaignSummary; units: UnitRow[] }>("GET", campaign(year)),
  resume: (year: number) => request<{ campaign: Campaign }>("POST", `${campaign(year)}/resume`),
  history: (year: number) => request<{ records: AuditRecord[] }>("GET", `${campaign(year)}/history`).then((r) => r.records),
  unitResults: (year: number, unitId: string) => request<{ unitName: string; deadline: string; items: ReportRow[] }>("GET", `${campaign(year)}/units/${enc(unitId)}/reports`),
  extend: (year: number, unitId: string, deadline: string, reason: string) => request<{ unit: UnitProgress }>("PUT", `${campaign(year)}/units/${enc(unitId)}/deadline`, { deadline, reason }),
  exportHref: (year: number) => `${campaign(year)}/export.xlsx`,
  indicators: () => request<{ indicators: IndicatorConfig; defaults: IndicatorConfig }>("GET", "/api/inspection/indicators"),
  saveIndicators: (config: Pick<IndicatorConfig, "vetoes" | "deductions" | "grades">) => request<{ indicators: IndicatorConfig }>("PUT", "/api/inspection/indicators", config),
  indicatorHistory: () => request<{ records: AuditRecord[]; verdict: ChainVerdict }>("GET", "/api/inspection/indicators/history"),
  reports: (year?: number) => request<ReportList>("GET", `/api/inspection/reports${year ? `?year=${year}` : ""}`),
  report: (id: string) => request<ReportDetail>("GET", `/api/inspection/reports/${enc(id)}`),
  save: (id: string, answers: unknown) => request<{ report: AnnualReport }>("PUT", `/api/inspection/reports/${enc(id)}`, answers),
  submit: (id: string, answers: ReportAnswers) => request<{ report: AnnualReport }>("POST", `/api/inspection/reports/${enc(id)}/submit`, answers),
};

export const inspectionHref = {
  campaigns: () => "#/inspection",
  campaign: (year: number) => `#/inspection/${year}`,
  unit: (year: number, unitId: string) => `#/inspection/${year}/units/${enc(unitId)}`,
  indicators: () => "#/inspection/indicators",
  reports: (year?: number) => `#/annual-reports${year ? `?year=${year}` : ""}`,
  report: (id: string) => `#/annual-reports/${enc(id)}`,
};
