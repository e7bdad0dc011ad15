import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  StoreConflict,
  type Account,
  type AccountChange,
  type AuditRecord,
  type ConflictPart,
  type Filing,
  type FilingChange,
  type Platform,
  type ReviewTask,
  type Stage,
  type Store,
} from "@beian/core";
import { beianService, type BeianService } from "./beian-service.js";
import { ReviewLinkDynamoStore } from "./review-link-store.js";
import { registerIndexOps } from "./register-index.js";

const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** Strips ElectroDB's bookkeeping and undefined attributes from a stored item. */
function clean<T>(item: unknown): T {
  return item as T;
}

/** The `Store` port on one DynamoDB table through ElectroDB. */
export class DynamoStore extends ReviewLinkDynamoStore implements Store {
  constructor(options: { doc: DynamoDBDocumentClient; tableName: string }) {
    super(beianService(options.doc, options.tableName));
  }

  private get e() {
    return this.db.entities;
  }

  // Auth

  async putLoginLink(linkHash: string, personId: string, expiresAt: string) {
    await this.e.loginLink.create({ linkHash, personId, expiresAt, expiresAtEpoch: epochSeconds(expiresAt) }).go();
  }

  async consumeLoginLink(linkHash: string, now: string) {
    try {
      const { data } = await this.e.loginLink
        .patch({ linkHash })
        .set({ usedAt: now })
        .where((a, op) => `${op.notExists(a.usedAt)} AND ${op.gt(a.expiresAt, now)}`)
        .go({ response: "all_new" });
      return data.personId;
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  async putSession(sessionHash: string, personId: string, expiresAt: string) {
    await this.e.session.create({ sessionHash, personId, expiresAt, expiresAtEpoch: epochSeconds(expiresAt) }).go();
  }

  async getSessionPerson(sessionHash: string, now: string) {
    const { data } = await this.e.session.get({ sessionHash }).go();
    return data && data.expiresAt > now ? data.personId : undefined;
  }

  async deleteSession(sessionHash: string) {
    await this.e.session.delete({ sessionHash }).go();
  }

  // Filings and reviews

  async commitFilingChange(change: FilingChange) {
    const parts: ConflictPart[] = [];
    const result = await this.db.transaction
      .write((tx) => {
        const { filing, audit, claim, task } = tx;
        const ops = [];
        const f = stripUndefined(change.filing);
        if (change.expectedAuditSeq === undefined) {
          ops.push(filing.create(f).commit());
        } else {
          ops.push(
            filing
              .put(f)
              .where((a, op) =>
                [op.eq(a.auditSeq, change.expectedAuditSeq!), ...(change.expectedStatus ? [op.eq(a.status, change.expectedStatus)] : [])].join(" AND "),
              )
              .commit(),
          );
        }
        parts.push("filing");
        ops.push(audit.create(change.audit).commit());
        parts.push("filing");
        if (change.claimPlatformKey) {
          ops.push(claim.create({ platformKey: change.claimPlatformKey, filingId: change.filing.filingId }).commit());
          parts.push("claim");
        }
        if (change.takeOverClaim) {
          const { key, fromFilingId } = change.takeOverClaim;
          ops.push(
            claim
              .put({ platformKey: key, filingId: change.filing.filingId })
              .where((a, op) => op.eq(a.filingId, fromFilingId))
              .commit(),
          );
          parts.push("claim");
        }
        if (change.bindClaimToAccount) {
          const { key, accountId } = change.bindClaimToAccount;
          ops.push(
            claim
              .patch({ platformKey: key })
              .set({ accountId })
              .where((a, op) => op.eq(a.filingId, change.filing.filingId))
              .commit(),
          );
          parts.push("claim");
        }
        if (change.releasePlatformKey) {
          ops.push(
            claim
              .delete({ platformKey: change.releasePlatformKey })
              .where((a, op) => op.eq(a.filingId, change.filing.filingId))
              .commit(),
          );
          parts.push("claim");
        }
        if (change.openTask) {
          ops.push(task.create(taskItem(change.openTask)).commit());
          parts.push("task");
        }
        const closing = change.decideTask ?? change.expireTask;
        if (closing) {
          ops.push(
            task
              .put(taskItem(closing))
              .where((a, op) => `${op.eq(a.status, "pending")} AND ${op.eq(a.linkHash, closing.linkHash)}`)
              .commit(),
          );
          parts.push("task");
        }
        if (change.accountChange) {
          const accountWrites = accountOps(tx, change.accountChange);
          ops.push(...accountWrites);
          parts.push(...accountWrites.map(() => "account" as const));
        }
        return ops;
      })
      .go();
    if (result.canceled) {
      const items = result.data as unknown as { rejected: boolean; code: string }[];
      const failed = items.findIndex((d) => d.rejected && d.code === "ConditionalCheckFailed");
      throw new StoreConflict(failed >= 0 ? parts[failed] : "filing");
    }
  }

  async getAccount(accountId: string) {
    const { data } = await this.e.account.get({ accountId }).go();
    return data ? clean<Account>(data) : undefined;
  }

  async getClaim(key: string) {
    const { data } = await this.e.claim.get({ platformKey: key }).go();
    return data ? { key: data.platformKey, filingId: data.filingId, accountId: data.accountId } : undefined;
  }

  async commitAccountChange(change: AccountChange) {
    const result = await this.db.transaction.write((tx) => accountOps(tx, change)).go();
    if (result.canceled) throw new StoreConflict("account");
  }

  async getFiling(filingId: string) {
    const { data } = await this.e.filing.get({ filingId }).go();
    return data ? clean<Filing>(data) : undefined;
  }

  async listFilingsByUnit(unitId: string) {
    const { data } = await this.e.filing.query.byUnit({ unitId }).go({ order: "desc", pages: "all" });
    return data.map((f) => clean<Filing>(f));
  }

  async listUnitFilingsOnPlatform(unitId: string, platform: Platform) {
    const { data } = await this.e.filing.query.byUnitPlatform({ unitId, platform }).go({ pages: "all" });
    return data.map((f) => clean<Filing>(f));
  }

  async listAllFilings() {
    const { data } = await this.e.filing.query.all({}).go({ order: "desc", limit: 200 });
    return data.map((f) => clean<Filing>(f));
  }

  async listAudit(entityId: string) {
    const { data } = await this.e.audit.query.byEntity({ entityId }).go({ pages: "all" });
    return data.map((r) => clean<AuditRecord>(r));
  }

  async listTasks(itemId: string) {
    const { data } = await this.e.task.query.byItem({ itemId }).go({ pages: "all" });
    return data.map(toTask);
  }

  async getTask(itemId: string, round: number, stage: Stage) {
    const { data } = await this.e.task.get({ itemId, round, stage }).go();
    return data ? toTask(data) : undefined;
  }

  async findTaskByLinkHash(linkHash: string) {
    const { data } = await this.e.task.query.byLink({ linkHash }).go({ limit: 1 });
    return data[0] ? toTask(data[0]) : undefined;
  }

  async rebindTaskToken(task: ReviewTask, taskToken: string) {
    await this.e.task.patch({ itemId: task.itemId, round: task.round, stage: task.stage }).set({ taskToken }).go();
  }

  async markTaskMailed(task: ReviewTask, at: string) {
    await this.e.task.patch({ itemId: task.itemId, round: task.round, stage: task.stage }).set({ mailedAt: at }).go();
  }

  async markDelivered(task: ReviewTask) {
    await this.e.task
      .patch({ itemId: task.itemId, round: task.round, stage: task.stage })
      .set({ delivered: true, deliveryState: "delivered", createdAt: task.createdAt })
      .go();
  }

  async listUndeliveredDecisions() {
    const { data } = await this.e.task.query.byDelivery({ deliveryState: "undelivered" }).go({ pages: "all" });
    return data.map(toTask);
  }

  async nextFilingSequence(year: number) {
    const { data } = await this.e.counter
      .update({ name: `filing-number#${year}` })
      .add({ value: 1 })
      .go({ response: "all_new" });
    return data.value ?? 0;
  }

  async getAccountByFilingNumber(filingNumber: string) {
    const { data } = await this.e.account.query.byFilingNumber({ filingNumber }).go({ limit: 1 });
    return data[0] ? clean<Account>(data[0]) : undefined;
  }
}

type TransactionEntities = Parameters<Parameters<BeianService["transaction"]["write"]>[0]>[0];

/** Writes an account (create, or put conditioned on its chain position) and its audit record. */
function accountOps(tx: TransactionEntities, change: AccountChange) {
  const { account, audit } = tx;
  const item = stripUndefined(change.account);
  const write =
    change.expectedAuditSeq === undefined
      ? account.create(item).commit()
      : account
          .put(item)
          .where((a, op) =>
            [op.eq(a.auditSeq, change.expectedAuditSeq!), ...(change.expectedStatus ? [op.eq(a.status, change.expectedStatus)] : [])].join(" AND "),
          )
          .commit();
  // The register's index entries move with the account, in the same transaction.
  // Tasks an approved administrator change opens (rotate password / unbind devices), atomically with it.
  const credentialTasks = (change.credentialTasks ?? []).map((task) => tx.credentialTask.create(stripUndefined(task)).commit());
  return [write, audit.create(change.audit).commit(), ...registerIndexOps(tx, change.account), ...credentialTasks];
}


function taskItem(task: ReviewTask) {
  const deliveryState = task.status === "pending" ? "pending" : task.status !== "decided" ? "none" : task.delivered ? "delivered" : "undelivered";
  return { ...stripUndefined(task), deliveryState } as const;
}

function toTask(item: Record<string, unknown>): ReviewTask {
  const { deliveryState: _d, ...task } = item;
  return task as unknown as ReviewTask;
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function isConditionFailure(error: unknown): boolean {
  const e = error as { name?: string; cause?: { name?: string }; message?: string };
  return e?.cause?.name === "ConditionalCheckFailedException" || e?.name === "ConditionalCheckFailedException" || /conditional request failed/i.test(e?.message ?? "");
}
