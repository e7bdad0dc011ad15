import type { AccountStatus } from "@beian/core";
import { queryString, type RegisterQuery } from "./api.js";

const STATUSES: AccountStatus[] = ["filed", "suspended", "cancelled"];

/**
 * The register's filters and page live in the hash (#/register?platform=wechat&status=filed&q=…
 * &unitId=…&subUnits=1&cursor=…), so a reload, a bookmark or the back button brings them back.
 */
export function queryFromUrl(params: URLSearchParams): RegisterQuery {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const status = params.get("status") as AccountStatus | null;
  const subUnits = params.get("subUnits");
  return {
    q: text("q"),
    unitId: text("unitId"),
    subUnits: subUnits === "0" || subUnits === "1" ? subUnits : undefined,
    platform: text("platform"),
    status: status && STATUSES.includes(status) ? status : undefined,
    cursor: text("cursor"),
  };
}

export const registerUrl = (q: RegisterQuery) => `#/register${queryString(q)}`;

/**
 * Cursors are opaque and only lead forward; which cursor came before which (and the page number)
 * is kept for the tab's session so 上一页 works after a reload too.
 */
const TRAIL_KEY = "beian.register.trail";
type Trail = Record<string, { prev?: string; page: number }>;

function readTrail(): Trail {
  try {
    return JSON.parse(sessionStorage.getItem(TRAIL_KEY) ?? "{}") as Trail;
  } catch {
    return {};
  }
}

export function rememberNextPage(from: string | undefined, next: string): void {
  const trail = readTrail();
  trail[next] = { prev: from, page: (from ? (trail[from]?.page ?? 1) : 1) + 1 };
  try {
    sessionStorage.setItem(TRAIL_KEY, JSON.stringify(trail));
  } catch {
    // Without storage 上一页 returns to the first page.
  }
}

/** The page number of a cursor, and the cursor of the page before it (undefined: the first page). */
export function pageOf(cursor: string | undefined): { page?: number; prev?: string } {
  if (!cursor) return { page: 1 };
  const entry = readTrail()[cursor];
  return entry ? { page: entry.page, prev: entry.prev } : {};
}
