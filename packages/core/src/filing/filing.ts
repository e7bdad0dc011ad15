import type { FilingInput } from "../register/account-data.js";
import type { ReviewedFields } from "../review/reviewed-fields.js";
import type { Platform } from "../shared/platforms.js";

export type FilingStatus = "in_review" | "returned" | "rejected" | "filed" | "withdrawn";
export const FILING_STATUS_LABELS: Record<FilingStatus, string> = {
  in_review: "审核中",
  returned: "已退回修改",
  rejected: "未通过",
  filed: "已备案",
  withdrawn: "已撤回",
};

/** 开设 / 变更 / 注销: every kind goes through the same three-stage review. */
export const FILING_KINDS = ["open", "change", "cancel"] as const;
export type FilingKind = (typeof FILING_KINDS)[number];
export const FILING_KIND_LABELS: Record<FilingKind, string> = { open: "开设备案", change: "变更备案", cancel: "注销备案" };

export interface Filing extends ReviewedFields {
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
  status: FilingStatus;
  data: FilingInput;
  platform: Platform;
  platformKey: string;
  filingNumber?: string;
}

