import { beforeAll, describe, expect, it } from "vitest";
import { chainAudit, StoreConflict, verifyAuditChain, type Person } from "@beian/core";
import { DynamoStore } from "@beian/store-dynamodb";
import { freshTable } from "../../../test/support/dynamo.js";
import { firstChange, newFiling, pendingTask } from "../../../test/support/fixtures.js";

let store: DynamoStore;

beforeAll(async () => {
  const { doc, tableName } = await freshTable();
  store = new DynamoStore({ doc, tableName });
});

function nextAudit(change: ReturnType<typeof firstChange>, action: string) {
  const audit = chainAudit(
    { entityId: change.filing.filingId, seq: change.filing.auditSeq + 1, at: new Date().toISOString(), actorId: "x", actorName: "x", action, details: {} },
    change.filing.auditHead,
  );
  return { audit, filing: { ...change.filing, auditSeq: audit.seq, auditHead: audit.hash } };
}

describe("DynamoStore against DynamoDB Local", () => {
  it("stores a filing with its first audit record atomically and reads both back", async () => {
    const change = firstChange();
    await store.commitFilingChange(change);
    expect(await store.getFiling(change.filing.filingId)).toMatchObject({ status: "in_review", auditSeq: 1 });
    const audit = await store.listAudit(change.filing.filingId);
    expect(audit).toHaveLength(1);
    expect(verifyAuditChain(audit, change.filing.auditHead)).toMatchObject({ ok: true, count: 1 });
    expect((await store.listFilingsByUnit(change.filing.unitId)).map((f) => f.filingId)).toEqual([change.filing.filingId]);
  });

  it("refuses a second filing of the same platform account and writes nothing of it", async () => {
    const first = firstChange();
    await store.commitFilingChange(first);
    const second = firstChange(newFiling({ platformKey: first.filing.platformKey }));
    await expect(store.commitFilingChange(second)).rejects.toEqual(new StoreConflict("claim"));
    expect(await store.getFiling(second.filing.filingId)).toBeUndefined();
    expect(await store.listAudit(second.filing.filingId)).toEqual([]);
  });

  it("rejects a stale update (lost-update guard on the audit sequence)", async () => {
    const change = firstChange();
    await store.commitFilingChange(change);
    const a = nextAudit(change, "one");
    await store.commitFilingChange({ ...a, expectedAuditSeq: 1 });
    const b = nextAudit(change, "two");
    await expect(store.commitFilingChange({ ...b, expectedAuditSeq: 1 })).rejects.toEqual(new StoreConflict("filing"));
    expect((await store.listAudit(change.filing.filingId)).map((r) => r.action)).toEqual(["filing_submitted", "one"]);
  });

  it("decides a pending task once; a second decision of the same task conflicts on the task", async () => {
    const change = firstChange();
    await store.commitFilingChange(change);
    const task = pendingTask(change.filing.filingId);
    const opened = nextAudit(change, "review_assigned");
    await store.commitFilingChange({ ...opened, expectedAuditSeq: 1, openTask: task });
    expect(await store.findTaskByLinkHash(task.linkHash)).toMatchObject({ status: "pending", taskToken: task.taskToken });

    const decided = { ...task, status: "decided" as const, decision: "approve" as const, decidedAt: new Date().toISOString(), delivered: false };
    const d1 = nextAudit({ ...change, filing: opened.filing }, "review_decided");
    await store.commitFilingChange({ ...d1, expectedAuditSeq: 2, decideTask: decided });
    expect((await store.listUndeliveredDecisions()).map((t) => t.itemId)).toContain(task.itemId);

    const d2 = nextAudit({ ...change, filing: d1.filing }, "review_decided");
    await expect(store.commitFilingChange({ ...d2, expectedAuditSeq: 3, decideTask: decided })).rejects.toEqual(new StoreConflict("task"));

    await store.markDelivered(decided);
    expect((await store.listUndeliveredDecisions()).map((t) => t.itemId)).not.toContain(task.itemId);
    expect(await store.getTask(task.itemId, 1, "first")).toMatchObject({ status: "decided", delivered: true, decision: "approve" });
  });

  it("consumes a login link once and only before it expires", async () => {
    const person: Person = { personId: `p-${Date.now()}`, name: "王芳", email: `w${Date.now()}@example.gov.cn`, unitId: "u1", roles: ["operator"], active: true };
    await store.putPerson(person);
    expect(await store.findPersonByEmail(person.email)).toEqual(person);
    const now = new Date().toISOString();
    await store.putLoginLink("hash-ok", person.personId, new Date(Date.now() + 60_000).toISOString());
    expect(await store.consumeLoginLink("hash-ok", now)).toBe(person.personId);
    expect(await store.consumeLoginLink("hash-ok", now)).toBeUndefined();
    await store.putLoginLink("hash-old", person.personId, new Date(Date.now() - 1000).toISOString());
    expect(await store.consumeLoginLink("hash-old", now)).toBeUndefined();
    expect(await store.consumeLoginLink("hash-missing", now)).toBeUndefined();
  });

  it("hands out increasing filing sequence numbers per year", async () => {
    const year = 3000 + Math.floor(Math.random() * 1000);
    const a = await store.nextFilingSequence(year);
    const b = await store.nextFilingSequence(year);
    expect([a, b]).toEqual([1, 2]);
  });
});
