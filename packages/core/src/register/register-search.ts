import { fieldError } from "../shared/errors.js";
import { normalizePlatformAccountId } from "../shared/platforms.js";
import type { Account } from "./account.js";

/**
 * One normalization for every searchable key of an account (name, platform account id or URL,
 * filing number), applied to the query too, so a single prefix query covers all three fields:
 * full-width forms folded (NFKC), case and spaces ignored, URL scheme, "www.", query and trailing
 * slash dropped.
 */
export function registerSearchKey(raw: string): string {
  return normalizePlatformAccountId(raw.normalize("NFKC"));
}

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

