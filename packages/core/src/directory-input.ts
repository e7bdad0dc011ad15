import { z } from "zod";
import { ROLES } from "./people.js";
import { REVIEW_ITEM_KINDS } from "./review-chains.js";
import { STAGES } from "./stages.js";

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const phone = z.string().trim().regex(/^[0-9+\-() ]{5,20}$/);
const id = z.string().trim().min(1).max(100);

export const unitInputSchema = z.strictObject({
  name: text(100),
  parentId: id.optional(),
  contactName: optionalText(50),
  contactPhone: phone.optional(),
  leaderName: optionalText(50),
  leaderTitle: optionalText(50),
});
export type UnitInput = z.infer<typeof unitInputSchema>;

export const UNIT_FIELD_LABELS: Record<string, string> = {
  name: "单位名称",
  parentId: "上级单位",
  contactName: "联系人",
  contactPhone: "联系电话",
  leaderName: "主要负责人",
  leaderTitle: "主要负责人职务",
};

export const personInputSchema = z.strictObject({
  name: text(50),
  email: z.email().max(254),
  phone: phone.optional(),
  unitId: id,
  roles: z.array(z.enum(ROLES)).min(1).max(3),
  canActForSubUnits: z.boolean().optional(),
});
export type PersonInput = z.infer<typeof personInputSchema>;

export const PERSON_FIELD_LABELS: Record<string, string> = {
  name: "姓名",
  email: "邮箱",
  phone: "手机号",
  unitId: "所属单位",
  roles: "角色",
  canActForSubUnits: "可代下级单位操作",
};

const stageList = z.array(id).max(10);
export const chainInputSchema = z.strictObject({
  stages: z.strictObject(Object.fromEntries(STAGES.map((s) => [s, stageList.optional()])) as Record<(typeof STAGES)[number], z.ZodOptional<typeof stageList>>),
});
export type ChainInput = z.infer<typeof chainInputSchema>;
export const reviewItemKindSchema = z.enum(REVIEW_ITEM_KINDS);

export const CHAIN_FIELD_LABELS: Record<string, string> = { stages: "审核流程", "stages.first": "初审审核人", "stages.second": "复审审核人", "stages.final": "终审审核人" };

export const delegationInputSchema = z.strictObject({
  deputyId: id,
  until: z.iso.date().optional(),
});
export type DelegationInput = z.infer<typeof delegationInputSchema>;
export const DELEGATION_FIELD_LABELS: Record<string, string> = { deputyId: "代签人", until: "截止日期" };

export const reassignInputSchema = z.strictObject({ reviewerId: id, reason: optionalText(200) });
export type ReassignInput = z.infer<typeof reassignInputSchema>;
export const REASSIGN_FIELD_LABELS: Record<string, string> = { reviewerId: "新审核人", reason: "转交原因" };
