import type { Account, AccountChange, AccountStore } from "@beian/core";
import type { BeianService } from "./beian-service.js";
import { registerIndexOps } from "./register-index.js";
import { stripUndefined, txWrite } from "./tx-write.js";

/** Register accounts (each write moves its index entries with it) and the uniqueness claims. */
export class DynamoAccountStore implements AccountStore {
  constructor(private readonly db: BeianService) {}

  private get e() {
    return this.db.entities;
  }

  async getAccount(accountId: string) {
    const { data } = await this.e.account.get({ accountId }).go();
    return data ? (data as Account) : undefined;
  }

  async getAccounts(accountIds: string[]) {
    const ids = [...new Set(accountIds)];
    if (ids.length === 0) return [];
    const { data } = await this.e.account.get(ids.map((accountId) => ({ accountId }))).go();
    return data as Account[];
  }

  async getAccountByFilingNumber(filingNumber: string) {
    const { data } = await this.e.account.query.byFilingNumber({ filingNumber }).go({ limit: 1 });
    return data[0] ? (data[0] as Account) : undefined;
  }

  writeAccount(change: AccountChange) {
    const item = stripUndefined(change.account);
    return [
      txWrite("account", (tx) => [
        change.expectedAuditSeq === undefined
          ? tx.account.create(item).commit()
          : tx.account
              .put(item)
              .where((a, op) => [op.eq(a.auditSeq, change.expectedAuditSeq!), ...(change.expectedStatus ? [op.eq(a.status, change.expectedStatus)] : [])].join(" AND "))
              .commit(),
        tx.audit.create(change.audit).commit(),
      ]),
      // The register's index entries move with the account (unconditional: the account's own condition guards the change).
      txWrite("account", (tx) => registerIndexOps(tx, change.account)),
    ];
  }

  async nextFilingSequence(year: number) {
    const { data } = await this.e.counter
      .update({ name: `filing-number#${year}` })
      .add({ value: 1 })
      .go({ response: "all_new" });
    return data.value ?? 0;
  }

  async getClaim(key: string) {
    const { data } = await this.e.claim.get({ platformKey: key }).go();
    return data ? { key: data.platformKey, filingId: data.filingId, accountId: data.accountId } : undefined;
  }

  async getClaims(keys: string[]) {
    const unique = [...new Set(keys)];
    if (unique.length === 0) return [];
    const { data } = await this.e.claim.get(unique.map((platformKey) => ({ platformKey }))).go();
    return data.map((c) => ({ key: c.platformKey, filingId: c.filingId, accountId: c.accountId }));
  }

  claim(key: string, filingId: string, accountId?: string) {
    return txWrite("claim", (tx) => [tx.claim.create(stripUndefined({ platformKey: key, filingId, accountId })).commit()]);
  }

  takeOverClaim(key: string, fromFilingId: string, toFilingId: string) {
    return txWrite("claim", (tx) => [
      tx.claim
        .put({ platformKey: key, filingId: toFilingId })
        .where((a, op) => op.eq(a.filingId, fromFilingId))
        .commit(),
    ]);
  }

  bindClaim(key: string, filingId: string, accountId: string) {
    return txWrite("claim", (tx) => [
      tx.claim
        .patch({ platformKey: key })
        .set({ accountId })
        .where((a, op) => op.eq(a.filingId, filingId))
        .commit(),
    ]);
  }

  releaseClaim(key: string, filingId: string) {
    return txWrite("claim", (tx) => [
      tx.claim
        .delete({ platformKey: key })
        .where((a, op) => op.eq(a.filingId, filingId))
        .commit(),
    ]);
  }
}
