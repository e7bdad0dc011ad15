import { beforeAll, describe, expect, it } from "vitest";
import { chainAudit, StoreConflict, verifyAuditChain, type Person, type Stores } from "@beian/core";
import { createDynamoStores } from "@beian/store-dynamodb";
import { freshTable } from "../../../test/support/dynamo.js";
import { firstChange, newFiling, pendingTask } from "../../../test/support/fixtures.js";

let stores: Stores;

beforeAll(async () => {
  const { doc, tableName } = await freshTable();
  stores = createDynamoStores({ doc, tableName });
});

function nextAudit(change: ReturnType<typeof firstChange>, action: string) {
  const audit = chainAudit(
    { entityId: change.filing.filingId, seq: change.filing.auditSeq + 1, at: new Date().toISOString(), actorId: "x", actorName: "x", action, details: {} },
    change.filing.auditHead,
  );
  return { audit, filing: { ...change.filing, auditSeq: audit.seq, auditHead: audit.hash } };
}

/** A new filing with its first audit record and its platform-account claim, as one transaction. */
const create = (change: ReturnType<typeof firstChange>) =>
  stores.tx.commit([stores.filings.writeFiling(change.filing), stores.audit.appendAudit(change.audit), stores.accounts.claim(change.claimPlatformKey, change.filing.filingId)]);

describe("transactions composed from several capabilities' stores, on DynamoDB Local", () => {
  it("stores a filing with its first audit record and claim atomically and reads them back", async () => {
    const change = firstChange();
    await create(change);
    expect(await stores.filings.getFiling(change.filing.filingId)).toMatchObject({ status: "in_review", auditSeq: 1 });
    const audit = await stores.audit.listAudit(change.filing.filingId);
    expect(verifyAuditChain(audit, change.filing.auditHead)).toMatchObject({ ok: true, count: 1 });
    expect(await stores.accounts.getClaim(change.claimPlatformKey)).toMatchObject({ filingId: change.filing.filingId });
    expect((await stores.filings.listFilings({ unitIds: [change.filing.unitId], limit: 10 })).filings.map((f) => f.filingId)).toEqual([change.filing.filingId]);
  });

  it("refuses a second filing of the same platform account, names the claim, and writes nothing of it", async () => {
    const first = firstChange();
    await create(first);
    const second = firstChange(newFiling({ platformKey: first.filing.platformKey }));
    await expect(create(second)).rejects.toEqual(new StoreConflict("claim"));
    expect(await stores.filings.getFiling(second.filing.filingId)).toBeUndefined();
    expect(await stores.audit.listAudit(second.filing.filingId)).toEqual([]);
  });

  it("rejects a stale update (lost-update guard on the audit sequence)", async () => {
    const change = firstChange();
    await create(change);
    const a = nextAudit(change, "one");
    await stores.tx.commit([stores.filings.writeFiling(a.filing, { auditSeq: 1, status: "in_review" }), stores.audit.appendAudit(a.audit)]);
    const b = nextAudit(change, "two");
    await expect(stores.tx.commit([stores.filings.writeFiling(b.filing, { auditSeq: 1, status: "in_review" }), stores.audit.appendAudit(b.audit)])).rejects.toEqual(new StoreConflict("filing"));
    expect((await stores.audit.listAudit(change.filing.filingId)).map((r) => r.action)).toEqual(["filing_submitted", "one"]);
  });

  it("decides a pending task once; a second decision of the same task conflicts on the task", async () => {
    const change = firstChange();
    await create(change);
    const task = pendingTask(change.filing.filingId);
    await stores.tx.commit([stores.reviews.openTask(task)]);
    expect(await stores.reviews.findTaskByLinkHash(task.linkHash)).toMatchObject({ status: "pending", taskToken: task.taskToken });
    await expect(stores.tx.commit([stores.reviews.openTask(task)])).rejects.toEqual(new StoreConflict("task"));

    const decided = { ...task, status: "decided" as const, decision: "approve" as const, decidedAt: new Date().toISOString(), delivered: false };
    const d1 = nextAudit(change, "review_decided");
    await stores.tx.commit([stores.filings.writeFiling(d1.filing, { auditSeq: 1, status: "in_review" }), stores.audit.appendAudit(d1.audit), stores.reviews.closeTask(decided, task.linkHash)]);
    expect((await stores.reviews.listUndeliveredDecisions()).map((t) => t.itemId)).toContain(task.itemId);

    const d2 = nextAudit({ ...change, filing: d1.filing }, "review_decided");
    await expect(
      stores.tx.commit([stores.filings.writeFiling(d2.filing, { auditSeq: 2, status: "in_review" }), stores.audit.appendAudit(d2.audit), stores.reviews.closeTask(decided, task.linkHash)]),
    ).rejects.toEqual(new StoreConflict("task"));
    expect((await stores.audit.listAudit(change.filing.filingId)).map((r) => r.action)).toEqual(["filing_submitted", "review_decided"]);

    await stores.reviews.markDelivered(decided);
    expect((await stores.reviews.listUndeliveredDecisions()).map((t) => t.itemId)).not.toContain(task.itemId);
    expect(await stores.reviews.getTask(task.itemId, 1, "first")).toMatchObject({ status: "decided", delivered: true, decision: "approve" });
  });

  it("records an outbox event only with its transaction, leases it to one runner, and forgets it once done", async () => {
    const change = firstChange();
    const event = { eventId: `ev-${change.filing.filingId}`, type: "test.effect", payload: { n: 1 }, createdAt: new Date().toISOString() };
    const failing = firstChange(newFiling({ platformKey: change.filing.platformKey }));
    await create(change);
    await expect(stores.tx.commit([stores.accounts.claim(failing.claimPlatformKey, failing.filing.filingId), stores.outbox.record(event)])).rejects.toEqual(new StoreConflict("claim"));
    expect((await stores.outbox.listPending(100)).map((e) => e.eventId)).not.toContain(event.eventId);

    await stores.tx.commit([stores.outbox.record(event)]);
    const now = new Date().toISOString();
    const lease = new Date(Date.now() + 60_000).toISOString();
    const claims = await Promise.all([stores.outbox.claim(event.eventId, now, lease), stores.outbox.claim(event.eventId, now, lease)]);
    expect(claims.sort()).toEqual([false, true]);
    await stores.outbox.release(event.eventId, "boom", now);
    expect((await stores.outbox.listPending(100)).find((e) => e.eventId === event.eventId)).toMatchObject({ attempts: 1 });
    expect(await stores.outbox.claim(event.eventId, new Date(Date.now() + 1000).toISOString(), lease)).toBe(true);
    await stores.outbox.complete(event.eventId);
    expect((await stores.outbox.listPending(100)).map((e) => e.eventId)).not.toContain(event.eventId);
    expect(await stores.outbox.claim(event.eventId, new Date(Date.now() + 120_000).toISOString(), lease)).toBe(false);
  });

  it("consumes a login link once and only before it expires; counts an address's log-in links per window", async () => {
    const person: Person = { personId: `p-${Date.now()}`, name: "王芳", email: `w${Date.now()}@example.gov.cn`, unitId: "u1", roles: ["operator"], active: true };
    await stores.seeding.seedPerson(person);
    expect(await stores.directory.findPersonByEmail(person.email)).toEqual(person);
    const now = new Date().toISOString();
    await stores.auth.putLoginLink("hash-ok", person.personId, new Date(Date.now() + 60_000).toISOString());
    expect(await stores.auth.consumeLoginLink("hash-ok", now)).toBe(person.personId);
    expect(await stores.auth.consumeLoginLink("hash-ok", now)).toBeUndefined();
    await stores.auth.putLoginLink("hash-old", person.personId, new Date(Date.now() - 1000).toISOString());
    expect(await stores.auth.consumeLoginLink("hash-old", now)).toBeUndefined();
    expect(await stores.auth.consumeLoginLink("hash-missing", now)).toBeUndefined();

    const expiry = new Date(Date.now() + 600_000).toISOString();
    const takes = await Promise.all(Array.from({ length: 5 }, () => stores.auth.takeLoginQuota(`addr-${now}`, "w1", 3, expiry)));
    expect(takes.filter(Boolean)).toHaveLength(3);
    expect(await stores.auth.takeLoginQuota(`addr-${now}`, "w2", 3, expiry)).toBe(true);
  });

  it("hands out increasing filing sequence numbers per year", async () => {
    const year = 3000 + Math.floor(Math.random() * 1000);
    const a = await stores.accounts.nextFilingSequence(year);
    const b = await stores.accounts.nextFilingSequence(year);
    expect([a, b]).toEqual([1, 2]);
  });
});
