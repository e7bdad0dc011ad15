import type { FilingInput } from "./filing.js";
import type { Platform } from "./platforms.js";
import type { CredentialCustody } from "./custody.js";

/** 已备案 / 已停用 / 已注销. A cancelled account stays in the register (and keeps its platform account claimed). */
export type AccountStatus = "filed" | "suspended" | "cancelled";

export const ACCOUNT_STATUS_LABELS: Record<AccountStatus, string> = { filed: "已备案", suspended: "已停用", cancelled: "已注销" };

/** An account in the register, created when an open filing passes 终审 and changed only through filings or admin actions. */
export interface Account {
  accountId: string;
  filingNumber: string;
  /** The open filing that created it. */
  filingId: string;
  unitId: string;
  platform: Platform;
  platformKey: string;
  accountName: string;
  status: AccountStatus;
  /** The current filed data (after approved changes). */
  data: FilingInput;
  filedAt: string;
  updatedAt: string;
  /** Why it was last suspended or cancelled. */
  statusReason?: string;
  cancelledAt?: string;
  /** The account's own audit chain (filed, changed, suspended, restored, cancelled). */
  auditSeq: number;
  auditHead: string;
  /** Who holds the login and when the password last changed (never the password). */
  custody?: CredentialCustody;
}
