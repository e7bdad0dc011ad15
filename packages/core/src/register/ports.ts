import type { AuditRecord } from "../shared/audit-chain.js";
import type { Platform } from "../shared/platforms.js";
import type { TxWrite } from "../shared/ports.js";
import type { Account, AccountStatus } from "./account.js";

/**
 * A state change of a register account with the next record of its own audit chain. Creation has no
 * `expectedAuditSeq`; later changes are conditioned on it (and on `expectedStatus`), so two writers
 * racing on one account cannot both append record N+1.
 */
export interface AccountChange {
  account: Account;
  expectedAuditSeq?: number;
  expectedStatus?: AccountStatus;
  audit: AuditRecord;
}

/** Who holds a uniqueness key (a platform account, an account's pending change). */
export interface UniquenessClaim {
  key: string;
  filingId: string;
  accountId?: string;
}

/** Accounts and their uniqueness claims. Every account write moves its register index entries with it. */
export interface AccountStore {
  getAccount(accountId: string): Promise<Account | undefined>;
  getAccounts(accountIds: string[]): Promise<Account[]>;
  getAccountByFilingNumber(filingNumber: string): Promise<Account | undefined>;
  /** The account, its audit record and its register index entries (part "account"). */
  writeAccount(change: AccountChange): TxWrite[];
  nextFilingSequence(year: number): Promise<number>;

  getClaim(key: string): Promise<UniquenessClaim | undefined>;
  getClaims(keys: string[]): Promise<UniquenessClaim[]>;
  /** Takes a key; fails (part "claim") if anyone holds it. */
  claim(key: string, filingId: string, accountId?: string): TxWrite;
  /** Takes a key over from its holder (re-opening a cancelled account); fails unless `fromFilingId` still holds it. */
  takeOverClaim(key: string, fromFilingId: string, toFilingId: string): TxWrite;
  /** Records that the key's holder is now a register account. */
  bindClaim(key: string, filingId: string, accountId: string): TxWrite;
  /** Frees a key held by `filingId`. */
  releaseClaim(key: string, filingId: string): TxWrite;
}

/** A register list query on the store: one key range per unit partition, newest filed first. */
export interface RegisterListQuery {
  /** Undefined: the whole register. */
  unitIds?: string[];
  platform?: Platform;
  status?: AccountStatus;
  limit: number;
  /** Sort key of the last item of the previous page. */
  after?: string;
}

/** A prefix (or, with `exact`, whole-key) match on the accounts' search keys, filters applied to the matches read. */
export interface RegisterTextQuery {
  key: string;
  exact: boolean;
  unitIds?: string[];
  platform?: Platform;
  status?: AccountStatus;
  limit: number;
  after?: string;
}

export interface RegisterSlice {
  accounts: Account[];
  /** Set when there may be more: where the next page starts. */
  last?: string;
}

/** An account's place in the register's index: enough to act on it without reading the account. */
export interface RegisterEntryRef {
  accountId: string;
  unitId: string;
  platform: Platform;
  status: AccountStatus;
}

/** The register's read side, on indexes kept with every account write. */
export interface RegisterStore {
  /**
   * One platform's index partition (every unit, every status) in filing order, oldest first, a page
   * after `after`: how work over the whole register pages through it. A status change never moves an
   * entry within it, so a page read again after a restart holds the same accounts.
   */
  listPlatformEntries(platform: Platform, limit: number, after?: string): Promise<{ entries: RegisterEntryRef[]; last?: string }>;
  listAccounts(query: RegisterListQuery): Promise<RegisterSlice>;
  searchAccounts(query: RegisterTextQuery): Promise<RegisterSlice>;
  /** Cancelled accounts, latest cancellation first (注销公告). */
  listCancelled(limit: number, after?: string): Promise<RegisterSlice>;
}
