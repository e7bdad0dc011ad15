import type { Account, AccountStatus } from "./account-types.js";
import type { AuditEntry, FilingKind, FilingStatus } from "./types.js";

export interface RegisterQuery {
  unitId?: string;
  subUnits?: "0" | "1";
  platform?: string;
  status?: AccountStatus | "";
  q?: string;
  limit?: string;
  cursor?: string;
}

export interface RegisterPage {
  items: Account[];
  nextCursor?: string;
}

export interface RegisterHistoryEntry extends AuditEntry {
  source: "account" | "filing";
  filingId?: string;
  filingKind?: FilingKind;
}

/** GET /api/register/accounts/:id */
export interface RegisterAccountView {
  account: Account;
  history: RegisterHistoryEntry[];
  filings: { filingId: string; kind: FilingKind; status: FilingStatus; round: number; createdAt: string }[];
  chain: { ok: boolean; count: number; brokenAt?: number };
}

export interface ImportResult {
  total: number;
  created: { row: number; accountId: string; filingNumber: string }[];
  existing: { row: number; filingNumber: string }[];
  dryRun: boolean;
}

export interface PublicAccount {
  accountName: string;
  platform: string;
  platformLabel: string;
  platformAccountId: string;
  unitName: string;
  filingNumber: string;
  status: AccountStatus;
  statusLabel: string;
  filedAt: string;
  cancelledAt?: string;
  cancelReason?: string;
}
