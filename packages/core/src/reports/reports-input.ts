import { z } from "zod";
import { PLATFORM_IDS } from "../shared/platforms.js";

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "格式不正确，应为年-月（如 2026-11）" });

/** The query string every report takes (all optional). */
export const reportQuerySchema = z.strictObject({
  from: month.optional(),
  to: month.optional(),
  unitId: z.string().trim().min(1).max(64).optional(),
  /** "0" limits a unit filter to the unit itself; by default its sub-units are included. */
  subUnits: z.enum(["0", "1"]).optional(),
  platform: z.enum(PLATFORM_IDS).optional(),
  /** Exports: which table. */
  table: z.string().trim().min(1).max(100).optional(),
  /** 年度统计表: which year. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type ReportQueryInput = z.infer<typeof reportQuerySchema>;

export const REPORT_QUERY_LABELS: Record<string, string> = {
  from: "起始月份",
  to: "截止月份",
  unitId: "单位",
  subUnits: "含下级单位",
  platform: "平台类型",
  table: "报表",
  year: "年度",
};

/** A report spans at most this many months (each month is one read per figure set). */
export const MAX_REPORT_MONTHS = 36;
