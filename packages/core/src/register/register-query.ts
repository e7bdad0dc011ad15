import { z } from "zod";
import { PLATFORM_IDS } from "../shared/platforms.js";
import { ACCOUNT_STATUS_LABELS, type AccountStatus } from "./account.js";

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

