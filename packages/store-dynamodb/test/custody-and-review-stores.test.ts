import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { chainAudit, GENESIS_HASH, StoreConflict, type Account, type FilingInput, type Stores } from "@beian/core";
import { createDynamoStores } from "@beian/store-dynamodb";
import { freshTable } from "../../../test/support/dynamo.js";
import { filingInput, firstChange, pendingTask } from "../../../test/support/fixtures.js";

let stores: Stores;

beforeAll(async () => {
  const { doc, tableName } = await freshTable();
  stores = createDynamoStores({ doc, tableName });
});

async function newAccount(data: FilingInput, status: Account["status"] = "filed"): Promise<Account> {
  const accountId = randomUUID();
  const at = new Date().toISOString();
  const audit = chainAudit({ entityId: accountId, seq: 1, at, actorId: "t", actorName: "t", action: "account_filed", details: {} }, GENESIS_HASH);
  const account: Account = {
    accountId,
    filingNumber: `BA-2026-WX-${accountId.slice(0, 5)}`,
    filingId: randomUUID(),
    unitId: `unit-${randomUUID()}`,
    platform: data.platform,
    platformKey: `${data.platform}:${data.platformAccountId}`,
    accountName: data.accountName,
    status,
    data,
    filedAt: at,
    updatedAt: at,
    auditSeq: 1,
    auditHead: audit.hash,
  };
  await stores.tx.commit(stores.accounts.writeAccount({ account, audit }));
  return account;
}

const outsourced = (contractEndDate: string) => filingInput({ operationMode: "outsourced", contractor: { name: "清河文化传媒有限公司", contractEndDate } });

describe("custody and review stores", () => {
  it("indexes only outsourced, not cancelled accounts by contract end, and drops one when it is cancelled", async () => {
    const soon = await newAccount(outsourced("2031-03-01"));
    const later = await newAccount(outsourced("2031-05-01"));
    await newAccount(filingInput());
    const cancelled = await newAccount(outsourced("2031-02-01"), "cancelled");

    const ids = (await stores.custody.listContractsEndingBy("2031-03-01")).map((a) => a.accountId);
    expect(ids).toContain(soon.accountId);
    expect(ids).not.toContain(later.accountId);
    expect(ids).not.toContain(cancelled.accountId);
    expect((await stores.custody.listContractsEndingBy("2031-05-01")).map((a) => a.accountId)).toEqual(expect.arrayContaining([soon.accountId, later.accountId]));

    const audit = chainAudit({ entityId: soon.accountId, seq: 2, at: soon.filedAt, actorId: "t", actorName: "t", action: "account_cancelled", details: {} }, soon.auditHead);
    await stores.tx.commit(stores.accounts.writeAccount({ account: { ...soon, status: "cancelled", auditSeq: 2, auditHead: audit.hash }, audit, expectedAuditSeq: 1 }));
    expect((await stores.custody.listContractsEndingBy("2031-05-01")).map((a) => a.accountId)).not.toContain(soon.accountId);
  });

  it("lists pending review tasks opened before a time and claims each reminder once", async () => {
    const change = firstChange();
    const task = pendingTask(change.filing.filingId, { createdAt: "2020-01-01T00:00:00.000Z" });
    await stores.tx.commit([stores.reviews.openTask(task)]);

    const pending = await stores.reviews.listPendingTasks("2020-01-02T00:00:00.000Z");
    expect(pending.map((t) => t.itemId)).toContain(task.itemId);
    expect((await stores.reviews.listPendingTasks("2019-12-31T00:00:00.000Z")).map((t) => t.itemId)).not.toContain(task.itemId);

    const at = "2020-01-03T00:00:00.000Z";
    const claims = await Promise.all([stores.reviews.claimReminder(task, at, undefined), stores.reviews.claimReminder(task, at, undefined)]);
    expect(claims.sort()).toEqual([false, true]);
    expect((await stores.reviews.getTask(task.itemId, 1, "first"))?.remindedAt).toBe(at);
    await stores.reviews.releaseReminder(task, at, undefined);
    expect((await stores.reviews.getTask(task.itemId, 1, "first"))?.remindedAt).toBeUndefined();
  });

  it("records a one-off notice once", async () => {
    const key = `test#${randomUUID()}`;
    await stores.tx.commit([stores.custody.noticeOnce(key, new Date().toISOString())]);
    await expect(stores.tx.commit([stores.custody.noticeOnce(key, new Date().toISOString())])).rejects.toEqual(new StoreConflict("notice"));
  });
});
