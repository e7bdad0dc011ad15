import { z } from "zod";
import { calendarDate } from "../shared/validation.js";

export const campaignInputSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  deadline: calendarDate,
  graceDays: z.number().int().min(1).max(365).optional(),
});
export const CAMPAIGN_FIELD_LABELS: Record<string, string> = { year: "检查年度", deadline: "提交截止日期", graceDays: "整改期（天）" };

export const deadlineInputSchema = z.strictObject({ deadline: calendarDate, reason: z.string().trim().min(1).max(500) });
export const DEADLINE_FIELD_LABELS: Record<string, string> = { deadline: "新的截止日期", reason: "延期原因" };
