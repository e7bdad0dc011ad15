import { StoreConflict, type Account, type AccountChange, type CredentialTask, type FilingChange, type ReviewTask, type UpkeepStore } from "@beian/core";
import type { BeianService } from "./beian-service.js";

const taskKey = (task: ReviewTask) => ({ itemId: task.itemId, round: task.round, stage: task.stage });

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function isConditionFailure(error: unknown): boolean {
  const e = error as { name?: string; cause?: { name?: string }; message?: string };
  return e?.cause?.name === "ConditionalCheckFailedException" || e?.name === "ConditionalCheckFailedException" || /conditional request failed/i.test(e?.message ?? "");
}

function toTask(item: Record<string, unknown>): ReviewTask {
  const { deliveryState: _d, ...task } = item;
  return task as unknown as ReviewTask;
}

/** The `UpkeepStore` port (reminders, escalation, credential custody, contract ends) on the shared table. */
export class DynamoUpkeepStore implements UpkeepStore {
  constructor(private readonly db: BeianService) {}

  private get e() {
    return this.db.entities;
  }

  async listPendingTasksOpenedBefore(before: string) {
    const { data } = await this.e.task.query.byDelivery({ deliveryState: "pending" }).lt({ createdAt: before }).go({ pages: "all" });
    return data.map((item) => toTask(item as Record<string, unknown>));
  }

  async claimReminder(task: ReviewTask, at: string, previous: string | undefined) {
    try {
      await this.e.task
        .patch(taskKey(task))
        .set({ remindedAt: at })
        .where((a, op) => [op.eq(a.status, "pending"), previous ? op.eq(a.remindedAt, previous) : op.notExists(a.remindedAt)].join(" AND "))
        .go();
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async releaseReminder(task: ReviewTask, at: string, previous: string | undefined) {
    const patch = this.e.task.patch(taskKey(task));
    try {
      if (previous) await patch.set({ remindedAt: previous }).where((a, op) => op.eq(a.remindedAt, at)).go();
      else await patch.remove(["remindedAt"]).where((a, op) => op.eq(a.remindedAt, at)).go();
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async commitEscalation(task: ReviewTask, at: string, change: Pick<FilingChange, "filing" | "audit" | "expectedAuditSeq">) {
    const result = await this.db.transaction
      .write(({ filing, audit, task: tasks }) => [
        filing
          .put(stripUndefined(change.filing))
          .where((a, op) => `${op.eq(a.auditSeq, change.expectedAuditSeq!)} AND ${op.eq(a.status, "in_review")}`)
          .commit(),
        audit.create(change.audit).commit(),
        tasks
          .patch(taskKey(task))
          .set({ escalatedAt: at })
          .where((a, op) => `${op.eq(a.status, "pending")} AND ${op.notExists(a.escalatedAt)}`)
          .commit(),
      ])
      .go();
    if (result.canceled) throw new StoreConflict("task");
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

  async putCredentialTasks(tasks: CredentialTask[]) {
    for (const task of tasks) await this.e.credentialTask.create(stripUndefined(task)).go();
  }

  async completeCredentialTask(task: CredentialTask, change: AccountChange) {
    const result = await this.db.transaction
      .write(({ credentialTask, account, audit }) => [
        credentialTask
          .put(stripUndefined(task))
          .where((a, op) => op.eq(a.state, "open"))
          .commit(),
        account
          .put(stripUndefined(change.account))
          .where((a, op) => op.eq(a.auditSeq, change.expectedAuditSeq!))
          .commit(),
        audit.create(change.audit).commit(),
      ])
      .go();
    if (result.canceled) throw new StoreConflict("account");
  }

  async listContractsEndingBy(upTo: string) {
    // The sort key is contractEnd#accountId: every key of a day ends before "<day>$" ("#" < "$").
    const { data } = await this.e.account.query.byContractEnd({}).lt({ contractEnd: `${upTo}$` } as never).go({ pages: "all" });
    return data as unknown as Account[];
  }

  async claimNotice(noticeKey: string, at: string) {
    try {
      await this.e.sweepNotice.create({ noticeKey, sentAt: at }).go();
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
