import { randomUUID } from "node:crypto";
import { chainAudit, IMPORT_COLUMNS, type Account, type AccountStatus, type Stores } from "@beian/core";
import { stringify } from "csv-stringify/sync";
import { expect } from "vitest";
import type { HttpClient } from "./http-client.js";

export type ImportCells = Record<string, string>;

/** One valid row of the import template for `unitId`; `overrides` replace cells by column title. */
export function importRow(unitId: string, overrides: ImportCells = {}): ImportCells {
  const tag = randomUUID().slice(0, 8);
  const c = IMPORT_COLUMNS;
  return {
    [c.unitId]: unitId,
    [c.platform]: "微信公众号",
    [c.accountName]: `导入账号${tag}`,
    [c.platformAccountId]: `gh_import_${tag}`,
    [c.purpose]: "发布本单位政务信息。",
    [c.publishingScope]: "政务公开、政策解读。",
    [c["leader.name"]]: "李明",
    [c["leader.title"]]: "副局长",
    [c["leader.phone"]]: "13800000011",
    [c["administrators.name"]]: "王芳；张强",
    [c["administrators.phone"]]: "13800000012；13800000013",
    [c["administrators.email"]]: `wf-${tag}@example.gov.cn；zq-${tag}@example.gov.cn`,
    [c["administrators.onPayroll"]]: "是；否",
    [c.operationMode]: "自主运营",
    [c["contractor.name"]]: "",
    [c["contractor.contractEndDate"]]: "",
    [c.verification]: "已认证",
    [c.justification]: "",
    [c.filedOn]: "",
    ...overrides,
  };
}

export function csvOf(rows: ImportCells[]): string {
  const columns = Object.values(IMPORT_COLUMNS) as string[];
  return `\uFEFF${stringify(rows.map((r) => columns.map((col) => r[col] ?? "")), { header: true, columns })}`;
}

export function postImport(client: HttpClient, body: string | Uint8Array, options: { dryRun?: boolean; type?: string } = {}) {
  return client.request("POST", `/api/register/import${options.dryRun ? "?dryRun=1" : ""}`, {
    body: body as BodyInit,
    headers: { "content-type": options.type ?? "text/csv; charset=utf-8" },
  });
}

export interface ImportAnswer {
  created: { row: number; accountId: string; filingNumber: string }[];
  existing: { row: number; filingNumber: string }[];
}

/** Imports rows that must all be valid; returns the created accounts in row order. */
export async function importAccounts(admin: HttpClient, rows: ImportCells[]): Promise<ImportAnswer["created"]> {
  const response = await postImport(admin, csvOf(rows));
  const body = (await response.json()) as ImportAnswer;
  expect(response.status, JSON.stringify(body)).toBe(201);
  expect(body.created).toHaveLength(rows.length);
  return body.created;
}

/** Moves an account to a status the way the admin actions do: the next chain record in one transaction. */
export async function setAccountStatus(stores: Pick<Stores, "accounts" | "tx">, accountId: string, status: AccountStatus, reason = "测试") {
  const account = (await stores.accounts.getAccount(accountId)) as Account;
  const at = new Date().toISOString();
  const action = status === "cancelled" ? "account_cancelled" : status === "suspended" ? "account_suspended" : "account_restored";
  const audit = chainAudit({ entityId: accountId, seq: account.auditSeq + 1, at, actorId: "test", actorName: "测试", action, details: { reason } }, account.auditHead);
  const next: Account = { ...account, status, statusReason: reason, updatedAt: at, auditSeq: audit.seq, auditHead: audit.hash, ...(status === "cancelled" ? { cancelledAt: at } : {}) };
  await stores.tx.commit(stores.accounts.writeAccount({ account: next, expectedAuditSeq: account.auditSeq, expectedStatus: account.status, audit }));
  return next;
}

export interface ListAnswer {
  items: (Account & { unitName: string })[];
  nextCursor?: string;
}

export async function listRegister(client: HttpClient, query: Record<string, string>): Promise<ListAnswer> {
  const response = await client.get(`/api/register?${new URLSearchParams(query)}`);
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(200);
  return body as ListAnswer;
}
