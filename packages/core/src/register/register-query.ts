import { z } from "zod";
import { fieldError } from "../shared/errors.js";
import { normalizePlatformAccountId, PLATFORM_IDS } from "../shared/platforms.js";
import { ACCOUNT_STATUS_LABELS, type Account, type AccountStatus } from "./account.js";

/**
 * One normalization for every searchable key of an account (name, platform account id or URL,
 * filing number), applied to the query too, so a single prefix query covers all three fields:
 * full-width forms folded (NFKC), case and spaces ignored, URL scheme, "www.", query and trailing
 * slash dropped.
 */
export function registerSearchKey(raw: string): string {
  return normalizePlatformAccountId(raw.normalize("NFKC"));
}

export const REGISTER_PAGE_MAX = 100;

/** Query string of the register list and export (all optional). */
export const registerQuerySchema = z.strictObject({
  unitId: z.string().trim().min(1).max(64).optional(),
  /** "0" limits a unit filter to the unit itself; by default its sub-units are included. */
  subUnits: z.enum(["0", "1"]).optional(),
  platform: z.enum(PLATFORM_IDS).optional(),
  status: z.enum(Object.keys(ACCOUNT_STATUS_LABELS) as [AccountStatus, ...AccountStatus[]]).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(REGISTER_PAGE_MAX).optional(),
  cursor: z.string().max(1000).optional(),
});
export type RegisterQueryInput = z.infer<typeof registerQuerySchema>;

export const REGISTER_QUERY_LABELS: Record<string, string> = {
  unitId: "主办单位",
  subUnits: "含下级单位",
  platform: "平台类型",
  status: "状态",
  q: "关键词",
  limit: "每页条数",
  cursor: "分页参数",
};

/** A page of the register, with an opaque cursor for the next one when there may be more. */
export interface RegisterPage<T> {
  items: T[];
  nextCursor?: string;
}

/** Cursors carry only the sort key where the next page starts; the filters are re-applied from the query, so a cursor cannot widen what a caller sees. */
export function encodeCursor(sortKey: string): string {
  return Buffer.from(JSON.stringify({ v: 1, k: sortKey }), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { v?: unknown; k?: unknown };
    if (parsed.v === 1 && typeof parsed.k === "string" && parsed.k.length > 0 && parsed.k.length < 600) return parsed.k;
  } catch {
    // falls through to the validation error
  }
  throw fieldError("cursor", "INVALID_CURSOR", "分页参数无效，请从第一页重新查询");
}

/** What the register's list shows of an account, with its unit's name. */
export type RegisterItem = Account & { unitName: string };

