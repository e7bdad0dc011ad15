import type { AuditRecord, ChainVerdict, ContentDraft, ContentVersion, DictionaryHead, MonitorRow, Publication, RegisterItem, RegisterPage, ReviewTask, WordDictionary, WordEntry, WordHit } from "@beian/core";
import { enc, request } from "../ui/api-client.js";

export type DraftRow = ContentDraft & { unitName?: string };

export interface DraftAccount {
  accountId: string;
  accountName: string;
  platform: string;
  status: string;
  filingNumber: string;
}

/** GET /api/content/drafts/:id */
export interface DraftDetail {
  draft: DraftRow;
  version: ContentVersion;
  hits: WordHit[];
  accounts: DraftAccount[];
  history: AuditRecord[];
  tasks: (Pick<ReviewTask, "round" | "stage" | "status" | "reviewerName" | "decision" | "comment" | "decidedAt" | "onBehalfOfName">)[];
  publications: Publication[];
}

export interface DraftInput {
  title: string;
  body: string;
  type: "original" | "repost";
  source?: string;
  author: string;
  accountIds: string[];
  images: string[];
  plannedAt?: string;
}

export interface Confirmation {
  entryId: string;
  field: "title" | "body";
  start: number;
  reason: string;
}

const draft = (id: string) => `/api/content/drafts/${enc(id)}`;

export const contentApi = {
  list: (status?: string) => request<{ items: DraftRow[] }>("GET", `/api/content/drafts${status ? `?status=${enc(status)}` : ""}`).then((r) => r.items),
  get: (id: string) => request<DraftDetail>("GET", draft(id)),
  create: (input: DraftInput) => request<{ draft: ContentDraft }>("POST", "/api/content/drafts", input).then((r) => r.draft),
  update: (id: string, input: DraftInput) => request<{ draft: ContentDraft }>("PUT", draft(id), input).then((r) => r.draft),
  submit: (id: string, confirmations: Confirmation[]) => request<{ draft: ContentDraft }>("POST", `${draft(id)}/submit`, { confirmations }).then((r) => r.draft),
  publish: (id: string, body: { accountId: string; url: string; publishedAt: string; contentHash?: string }) => request<{ publication: Publication }>("POST", `${draft(id)}/publications`, body),
  check: (title: string, body: string) => request<{ dictionaryVersion: number; hits: WordHit[] }>("POST", "/api/content/check", { title, body }),
  verifyAudit: (id: string) => request<ChainVerdict>("GET", `${draft(id)}/audit/verify`),
  recordHref: (id: string) => `${draft(id)}/record`,
  /** The unit's filed accounts a draft may go out on. */
  filedAccounts: () => request<RegisterPage<RegisterItem>>("GET", "/api/register?status=filed&limit=100").then((r) => r.items),
  manualPublication: (body: { accountId: string; title: string; url?: string; publishedAt: string; note?: string }) => request<{ publication: Publication }>("POST", "/api/content/manual-publications", body),
  monitor: (unitId?: string) => request<{ items: MonitorRow[] }>("GET", `/api/update-monitor${unitId ? `?unitId=${enc(unitId)}` : ""}`).then((r) => r.items),
};

export const dictionaryApi = {
  list: () => request<WordDictionary>("GET", "/api/word-dictionary"),
  add: (body: Pick<WordEntry, "wrong" | "suggestion" | "category" | "severity" | "source">) => request<{ entry: WordEntry }>("POST", "/api/word-dictionary/entries", body),
  setEnabled: (entryId: string, enabled: boolean, reason: string) => request<{ entry: WordEntry }>("POST", `/api/word-dictionary/entries/${enc(entryId)}/enabled`, { enabled, reason }),
  allow: (phrase: string, reason: string) => request<{ entry: WordEntry }>("POST", "/api/word-dictionary/whitelist", { phrase, reason }),
  history: () => request<{ records: AuditRecord[]; verdict: ChainVerdict; head?: DictionaryHead }>("GET", "/api/word-dictionary/history"),
};

export const contentHref = {
  list: () => "#/content",
  create: () => "#/content/new",
  detail: (id: string) => `#/content/${enc(id)}`,
  edit: (id: string) => `#/content/${enc(id)}/edit`,
};
