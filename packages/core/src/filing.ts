import { z } from "zod";
import { PLATFORM_IDS, type Platform } from "./platforms.js";
import type { Stage, Decision } from "./stages.js";

const text = (max: number) => z.string().trim().min(1).max(max);
const phone = z.string().trim().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, { error: "号码格式不正确" });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00+08:00`)));

export const OPERATION_MODES = ["self", "outsourced"] as const;
export const VERIFICATION_STATUSES = ["verified", "in_progress", "unverified"] as const;

export const administratorSchema = z.strictObject({
  name: text(20),
  phone,
  email: z.email().max(254),
  onPayroll: z.boolean(),
});

/** 新媒体建设申请表 — the open-account filing, as submitted by a unit operator. */
export const filingInputSchema = z
  .strictObject({
    platform: z.enum(PLATFORM_IDS),
    accountName: text(30),
    platformAccountId: text(200),
    purpose: text(500),
    publishingScope: text(500),
    leader: z.strictObject({ name: text(20), title: text(40), phone }),
    administrators: z.array(administratorSchema).min(1).max(10),
    operationMode: z.enum(OPERATION_MODES),
    contractor: z.strictObject({ name: text(100), contractEndDate: isoDate }).optional(),
    verification: z.enum(VERIFICATION_STATUSES),
    justification: z.string().trim().max(500).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.operationMode === "outsourced" && !value.contractor) {
      ctx.addIssue({ code: "custom", path: ["contractor"], message: "委托运营须填写受托单位及合同到期日", params: { code: "REQUIRED" } });
    }
    if (value.operationMode === "self" && value.contractor) {
      ctx.addIssue({ code: "custom", path: ["contractor"], message: "自主运营无需填写受托单位", params: { code: "NOT_ALLOWED" } });
    }
  });

export type FilingInput = z.infer<typeof filingInputSchema>;

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

export const OPERATION_MODE_LABELS = { self: "自主运营", outsourced: "委托运营" } as const;
export const VERIFICATION_LABELS = { verified: "已认证", in_progress: "认证中", unverified: "未认证" } as const;

export type FilingStatus = "in_review" | "returned" | "rejected" | "filed";
export const FILING_STATUS_LABELS: Record<FilingStatus, string> = {
  in_review: "审核中",
  returned: "已退回修改",
  rejected: "未通过",
  filed: "已备案",
};

/** 开设 / 变更 / 注销: every kind goes through the same three-stage review. */
export const FILING_KINDS = ["open", "change", "cancel"] as const;
export type FilingKind = (typeof FILING_KINDS)[number];
export const FILING_KIND_LABELS: Record<FilingKind, string> = { open: "开设备案", change: "变更备案", cancel: "注销备案" };

/** 变更: the account's full data as it should become, why, and optionally a new owning unit. */
export const changeInputSchema = z.strictObject({
  data: filingInputSchema,
  reason: text(500),
  transferToUnitId: z.string().trim().min(1).max(64).optional(),
});
export type ChangeInput = z.infer<typeof changeInputSchema>;

/** 注销: the reason is announced with the cancellation. */
export const cancelInputSchema = z.strictObject({ reason: text(500) });

export const CHANGE_FIELD_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(FILING_FIELD_LABELS).map(([k, v]) => [`data.${k}`, v])),
  data: "变更后信息",
  reason: "变更事由",
  transferToUnitId: "变更后主办单位",
};
export const CANCEL_FIELD_LABELS: Record<string, string> = { reason: "注销原因" };

export interface Filing {
  filingId: string;
  kind: FilingKind;
  /** The register account a change or cancellation is about. */
  accountId?: string;
  /** For a change: the account's data when the change was filed, so reviewers see before → after. */
  previousData?: FilingInput;
  /** For a change: the unit taking the account over. */
  transferToUnitId?: string;
  /** Why a change or cancellation is requested. */
  reason?: string;
  unitId: string;
  submittedBy: string;
  round: number;
  status: FilingStatus;
  /** Stage awaiting a decision while in review; the last decided stage otherwise. */
  stage: Stage;
  data: FilingInput;
  platform: Platform;
  platformKey: string;
  filingNumber?: string;
  lastDecision?: Decision;
  lastComment?: string;
  auditSeq: number;
  auditHead: string;
  createdAt: string;
  updatedAt: string;
}

/** Review execution names must be unique per item and round, so a double submit cannot start two. */
export const reviewExecutionName = (filingId: string, round: number) => `filing-${filingId}-r${round}`;
