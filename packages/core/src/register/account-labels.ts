import type { OPERATION_MODES, VERIFICATION_STATUSES } from "./account-data.js";

/** Field names of the 申请表 as users see them (kept apart from the schema, so readers need no zod). */
export const FILING_FIELD_LABELS: Record<string, string> = {
  platform: "平台类型",
  accountName: "账号名称",
  platformAccountId: "平台账号或网址",
  purpose: "开设宗旨",
  publishingScope: "信息发布范围",
  leader: "主管领导",
  "leader.name": "姓名",
  "leader.title": "职务",
  "leader.phone": "联系电话",
  administrators: "后台管理人员",
  "administrators.name": "姓名",
  "administrators.phone": "手机号",
  "administrators.email": "邮箱",
  "administrators.onPayroll": "是否在编",
  operationMode: "运营方式",
  contractor: "受托单位",
  "contractor.name": "受托单位名称",
  "contractor.contractEndDate": "合同到期日",
  verification: "认证状态",
  justification: "同平台多账号理由",
};

export const OPERATION_MODE_LABELS: Record<(typeof OPERATION_MODES)[number], string> = { self: "自主运营", outsourced: "委托运营" };
export const VERIFICATION_LABELS: Record<(typeof VERIFICATION_STATUSES)[number], string> = { verified: "已认证", in_progress: "认证中", unverified: "未认证" };
