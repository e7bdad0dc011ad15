import type { Platform } from "../shared/platforms.js";
import type { FilingInput } from "./account-data.js";

/** 已备案 / 已停用 / 已注销. A cancelled account stays in the register (and keeps its platform account claimed). */
export type AccountStatus = "filed" | "suspended" | "cancelled";

export const ACCOUNT_STATUS_LABELS: Record<AccountStatus, string> = { filed: "已备案", suspended: "已停用", cancelled: "已注销" };

/**
 * Who holds an account's login and on which devices, and when the password last changed. Never the
 * password itself: the seeds ask for 定期更换密码 and 离岗收回, which needs the who and the when.
 */
export interface CredentialHolder {
  name: string;
  /** 职务或岗位, e.g. 信息员. */
  post?: string;
  /** Devices logged in to the account (e.g. "办公室电脑", "工作手机 iPhone 13"). */
  devices: string[];
}

export interface CredentialCustody {
  holders: CredentialHolder[];
  /** YYYY-MM-DD, Beijing date. */
  lastPasswordChangeAt?: string;
  note?: string;
  updatedAt: string;
  updatedBy: string;
}

/** An account in the register, created when an open filing passes 终审 and changed only through filings or admin actions. */
export interface Account {
  accountId: string;
  filingNumber: string;
  /** The open filing that created it ("import:<accountId>" for imported accounts). */
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
