import type { Account, CredentialTask, CustodyStore } from "@beian/core";
import type { BeianService } from "./beian-service.js";
import { stripUndefined, txWrite } from "./tx-write.js";

/** Credential tasks, 委托运营 contract ends (a sparse index on the account) and one-off notices. */
export class DynamoCustodyStore implements CustodyStore {
  constructor(private readonly db: BeianService) {}

  private get e() {
    return this.db.entities;
  }

  async getCredentialTask(taskId: string) {
    const { data } = await this.e.credentialTask.get({ taskId }).go();
    return data ? (data as CredentialTask) : undefined;
  }

  async listCredentialTasksOfAccount(accountId: string) {
    const { data } = await this.e.credentialTask.query.byAccount({ accountId }).go({ order: "desc", pages: "all" });
    return data as CredentialTask[];
  }

  async listCredentialTasksOfUnit(unitId: string) {
    const { data } = await this.e.credentialTask.query.byUnit({ unitId }).go({ order: "desc", pages: "all" });
    return data as CredentialTask[];
  }

  async listOpenCredentialTasks(dueBefore?: string) {
    const query = this.e.credentialTask.query.byState({ state: "open" });
    const { data } = await (dueBefore ? query.lt({ dueAt: dueBefore }) : query).go({ pages: "all" });
    return data as CredentialTask[];
  }

  openCredentialTask(task: CredentialTask) {
    return txWrite("credentialTask", (tx) => [tx.credentialTask.create(stripUndefined(task)).commit()]);
  }

  closeCredentialTask(task: CredentialTask) {
    return txWrite("credentialTask", (tx) => [
      tx.credentialTask
        .put(stripUndefined(task))
        .where((a, op) => op.eq(a.state, "open"))
        .commit(),
    ]);
  }

  async listContractsEndingBy(upTo: string) {
    // The sort key is contractEnd#accountId: every key of a day ends before "<day>$" ("#" < "$").
    const { data } = await this.e.account.query.byContractEnd({}).lt({ contractEnd: `${upTo}$` } as never).go({ pages: "all" });
    return data as unknown as Account[];
  }

  noticeOnce(noticeKey: string, at: string) {
    return txWrite("notice", (tx) => [tx.sweepNotice.create({ noticeKey, sentAt: at }).commit()]);
  }
}
