import type { FilingInput, FilingKind, FilingStatus } from "./types.js";

/** 已备案 / 已停用 / 已注销 */
export type AccountStatus = "filed" | "suspended" | "cancelled";

/** An account in the register, as the register API returns it. */
export interface Account {
  accountId: string;
  filingNumber: string;
  filingId: string;
  unitId: string;
  unitName?: string;
  platform: string;
  accountName: string;
  status: AccountStatus;
  data: FilingInput;
  filedAt: string;
  updatedAt: string;
  statusReason?: string;
  cancelledAt?: string;
}

/** GET /api/register/accounts/:id (only the parts these views read). */
export interface AccountView {
  account: Account;
  filings: { filingId: string; kind: FilingKind; status: FilingStatus; round: number; createdAt: string }[];
}

export interface ChangeInput {
  data: FilingInput;
  reason: string;
  transferToUnitId?: string;
}

export interface CancelInput {
  reason: string;
}
