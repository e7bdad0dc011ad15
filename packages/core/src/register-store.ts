import type { Account, AccountStatus } from "./account.js";
import type { AuditRecord } from "./audit-chain.js";
import type { Unit } from "./people.js";
import type { Platform } from "./platforms.js";
import type { UniquenessClaim } from "./ports.js";

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

/** An onboarding import of one account: the account, its first audit record and its platform-account claim, written together. */
export interface AccountImport {
  account: Account;
  audit: AuditRecord;
}

/** The register's read side and bulk import, on indexes kept with every account write. */
export interface RegisterStore {
  listAccounts(query: RegisterListQuery): Promise<RegisterSlice>;
  searchAccounts(query: RegisterTextQuery): Promise<RegisterSlice>;
  /** Cancelled accounts, latest cancellation first (注销公告). */
  listCancelled(limit: number, after?: string): Promise<RegisterSlice>;
  getUnits(unitIds: string[]): Promise<Unit[]>;
  getClaims(keys: string[]): Promise<UniquenessClaim[]>;
  /** "exists" when the platform account was already claimed (a re-run of the same import). */
  importAccount(item: AccountImport): Promise<"created" | "exists">;
}
