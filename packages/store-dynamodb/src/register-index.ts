import { registerSearchKey, type Account } from "@beian/core";
import type { TransactionEntities } from "./beian-service.js";

/** Which of unit, platform and status a facet partition pins; every combination has its own partition. */
const FACET_MASKS = [0, 1, 2, 3, 4, 5, 6, 7] as const;
const UNIT = 1;
const PLATFORM = 2;
const STATUS = 4;

/** The single partition holding every account's search keys (name, platform account id, filing number). */
export const TEXT_FACET = "regtext";
export const CANCELLED_FACET = "regcancelled";
const CANCELLED_SLOT = "c:cancelled";

export interface FacetFilter {
  unitId?: string;
  platform?: string;
  status?: string;
}

/** The partition holding exactly the accounts matching these filters ("*" = any). */
export function facetOf({ unitId, platform, status }: FacetFilter): string {
  return `reg|u=${unitId ?? "*"}|p=${platform ?? "*"}|s=${status ?? "*"}`;
}

/** Newest filed first within a facet; the account id makes keys unique and gives a stable order. */
export const listSortKey = (account: Pick<Account, "filedAt" | "accountId">) => `${account.filedAt}#${account.accountId}`;

export interface RegisterEntryItem {
  accountId: string;
  slot: string;
  facet: string;
  sortKey: string;
  unitId: string;
  platform: string;
  status: Account["status"];
}

/**
 * The entries an account should have now: 8 facet entries (unit × platform × status, each pinned
 * or "any"), 4 search keys and, once cancelled, its place in the cancellation notice.
 */
export function registerEntries(account: Account): { puts: RegisterEntryItem[]; deletes: { accountId: string; slot: string }[] } {
  const base = { accountId: account.accountId, unitId: account.unitId, platform: account.platform, status: account.status };
  const puts: RegisterEntryItem[] = FACET_MASKS.map((mask) => ({
    ...base,
    slot: `f:${mask}`,
    facet: facetOf({
      unitId: mask & UNIT ? account.unitId : undefined,
      platform: mask & PLATFORM ? account.platform : undefined,
      status: mask & STATUS ? account.status : undefined,
    }),
    sortKey: listSortKey(account),
  }));
  // The number's digits alone too ("00004"), as people read them off a list.
  const keys = { name: account.accountName, pid: account.data.platformAccountId, number: account.filingNumber, seq: /(\d+)$/.exec(account.filingNumber)?.[1] ?? account.filingNumber };
  for (const [field, value] of Object.entries(keys)) {
    puts.push({ ...base, slot: `t:${field}`, facet: TEXT_FACET, sortKey: `${registerSearchKey(value)}#${account.accountId}` });
  }
  const deletes: { accountId: string; slot: string }[] = [];
  if (account.status === "cancelled") {
    puts.push({ ...base, slot: CANCELLED_SLOT, facet: CANCELLED_FACET, sortKey: `${account.cancelledAt ?? account.updatedAt}#${account.accountId}` });
  } else {
    deletes.push({ accountId: account.accountId, slot: CANCELLED_SLOT });
  }
  return { puts, deletes };
}

/** The index writes that go into every transaction writing an account (unconditional: the account's own condition guards the change). */
export function registerIndexOps(tx: TransactionEntities, account: Account) {
  const { puts, deletes } = registerEntries(account);
  return [...puts.map((p) => tx.registerEntry.put(p).commit()), ...deletes.map((d) => tx.registerEntry.delete(d).commit())];
}
