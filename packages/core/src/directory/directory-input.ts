import { z } from "zod";
import { emailAddress, optionalText, phoneNumber, requiredText } from "../shared/validation.js";
import { ROLES } from "./people.js";

const id = z.string().trim().min(1).max(100);

export const unitInputSchema = z.strictObject({
  name: requiredText(100),
  /** Left out: the next free "U…" code is given. */
  code: z
    .string()
    .trim()
    .refine((v) => /^[A-Za-z0-9-]{1,20}$/.test(v), { error: "只能包含字母、数字和连字符，最多 20 位", params: { code: "INVALID_CODE", labelled: true } })
    .transform((v) => v.toUpperCase())
    .optional(),
  parentId: id.optional(),
  email: emailAddress.optional(),
  contactName: optionalText(50),
  contactPhone: phoneNumber.optional(),
  leaderName: optionalText(50),
  leaderTitle: optionalText(50),
});
export type UnitInput = z.infer<typeof unitInputSchema>;

export const UNIT_FIELD_LABELS: Record<string, string> = {
  name: "单位名称",
  code: "单位编码",
  parentId: "上级单位",
  email: "单位邮箱",
  contactName: "联系人",
  contactPhone: "联系电话",
  leaderName: "主要负责人",
  leaderTitle: "主要负责人职务",
};

export const personInputSchema = z.strictObject({
  name: requiredText(50),
  email: emailAddress,
  phone: phoneNumber.optional(),
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
