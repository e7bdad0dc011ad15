import type { AuditRecord, ChainVerdict, Filing, FilingInput, ReviewTask } from "@beian/core";
import { enc, request } from "../ui/api-client.js";

/** A filing as the list and detail return it: with its unit's name. */
export type FilingRow = Filing & { unitName?: string };

/** One stage task of a filing, as much of it as the page may see. */
export type TaskSummary = Pick<ReviewTask, "round" | "stage" | "status" | "reviewerName" | "decision" | "decidedAt">;

/** GET /api/filings/:id */
export interface FilingDetail {
  filing: FilingRow;
  history: AuditRecord[];
  tasks: TaskSummary[];
}

const filing = (id: string) => `/api/filings/${enc(id)}`;

export const filingApi = {
  list: (query: Record<string, string> = {}) => request<{ items: FilingRow[]; nextCursor?: string }>("GET", `/api/filings?${new URLSearchParams(query)}`),
  withdraw: (id: string, reason: string) => request<{ filing: Filing }>("POST", `/api/filings/${enc(id)}/withdraw`, { reason }).then((r) => r.filing),
  get: (id: string) => request<FilingDetail>("GET", filing(id)),
  submit: (input: FilingInput) => request<{ filing: Filing }>("POST", "/api/filings", input).then((r) => r.filing),
  resubmit: (id: string, input: unknown) => request<{ filing: Filing }>("PUT", filing(id), input).then((r) => r.filing),
  verifyAudit: (id: string) => request<ChainVerdict>("GET", `${filing(id)}/audit/verify`),
};

export const filingHref = {
  list: () => "#/filings",
  create: () => "#/filings/new",
  detail: (id: string) => `#/filings/${enc(id)}`,
  edit: (id: string) => `#/filings/${enc(id)}/edit`,
};
