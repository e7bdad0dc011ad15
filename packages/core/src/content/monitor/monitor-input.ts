import { z } from "zod";

export const monitorListSchema = z.strictObject({
  unitId: z.string().trim().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  cursor: z.string().max(1000).optional(),
});

export const MONITOR_LIST_LABELS: Record<string, string> = { unitId: "主办单位", limit: "每页条数", cursor: "分页参数" };
