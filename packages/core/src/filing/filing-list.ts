import { z } from "zod";
import { fieldError } from "../shared/errors.js";

const FILING_STATUSES = ["in_review", "returned", "rejected", "filed", "withdrawn"] as const;

/** Query string of the filing list (备案管理 / 我的备案). */
export const filingListSchema = z.strictObject({
  unitId: z.string().trim().min(1).max(64).optional(),
  subUnits: z.enum(["0", "1"]).optional(),
  status: z.enum(FILING_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  cursor: z.string().max(1000).optional(),
});

export const FILING_LIST_LABELS: Record<string, string> = { unitId: "主办单位", subUnits: "含下级单位", status: "状态", limit: "每页条数", cursor: "分页参数" };

/** The cursor carries only where the next page starts; the filters come from the query again. */
export const encodeFilingCursor = (sortKey: string) => Buffer.from(JSON.stringify({ f: sortKey }), "utf8").toString("base64url");

export function decodeFilingCursor(cursor: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { f?: unknown };
    if (typeof parsed.f === "string" && parsed.f.length > 0 && parsed.f.length < 300) return parsed.f;
  } catch {
    // falls through to the validation error
  }
  throw fieldError("cursor", "INVALID_CURSOR", "分页参数无效，请从第一页重新查询");
}
