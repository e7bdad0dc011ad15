import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Filing } from "@beian/core";
import { filingInput } from "../../../test/support/fixtures.js";
import { decide, login, reviewLink } from "../../../test/support/flow.js";
import type { HttpClient } from "../../../test/support/http-client.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

const HOUR = 3_600_000;

let ts: TestSystem;
/** The same tables seen by a system whose clock runs `ahead` later: what a sweep does hours from now. */
let later: TestSystem;
let ahead = 0;
let operator: HttpClient;

beforeAll(async () => {
  ts = await startTestSystem();
  later = await startTestSystem({
    tableName: ts.tableName,
    journalTableName: `${ts.journalTableName}-later`,
    directory: ts.directory,
    clock: { now: () => new Date(Date.now() + ahead) },
  });
  operator = await login(ts, ts.directory.operator.email);
});
afterAll(async () => {
  await later?.system.stop();
  await ts?.system.stop();
});

async function submitted(): Promise<{ filing: Filing; name: string }> {
  const body = filingInput({ platformAccountId: `gh_${randomUUID().slice(0, 8)}`, justification: "测试需要多个账号" });
  const response = await operator.post("/api/filings", body);
  expect(response.status).toBe(201);
  const { filing } = (await response.json()) as { filing: Filing };
  // The stage is open (task stored, reviewer mailed) once its mail has arrived.
  await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", body.accountName);
  return { filing, name: body.accountName };
}

async function sweepAt(hours: number) {
  ahead = hours * HOUR;
  return later.system.services.reviewSweeps.run();
}

const reminders = async (email: string, name: string) => (await ts.mail.to(email)).filter((m) => m.subject.includes(`催办：`) && m.subject.includes(name));
const escalations = async (filingId: string) => (await ts.system.stores.audit.listAudit(filingId)).filter((r) => r.action === "review_escalated");

describe("review reminders and escalation (the sweep, with a later clock)", () => {
  it("reminds the reviewer once after the reminder time, not before, without a decision link", async () => {
    const { filing, name } = await submitted();
    const reviewer = ts.directory.reviewers.first;

    await sweepAt(47);
    expect((await ts.system.stores.reviews.getTask(filing.filingId, 1, "first"))?.remindedAt).toBeUndefined();

    await sweepAt(49);
    const [mail] = await ts.mail.waitFor(reviewer.email, `催办：待初审：${name}`);
    expect(mail.text).toContain("待我审核");
    expect(mail.text).not.toContain("/review/");
    const remindedAt = (await ts.system.stores.reviews.getTask(filing.filingId, 1, "first"))?.remindedAt;
    expect(remindedAt).toBeDefined();

    // Within the same interval nothing more is sent, however often the sweep runs.
    await sweepAt(50);
    await sweepAt(96);
    expect((await ts.system.stores.reviews.getTask(filing.filingId, 1, "first"))?.remindedAt).toBe(remindedAt);
    expect(await reminders(reviewer.email, name)).toHaveLength(1);

    // The next interval brings the next reminder.
    await sweepAt(98);
    await ts.mail.waitFor(reviewer.email, `催办：待初审：${name}`, 2);
  });

  it("escalates an overdue decision to the admin once, on the filing's audit chain", async () => {
    const { filing, name } = await submitted();
    await sweepAt(100);
    expect(await escalations(filing.filingId)).toHaveLength(0);

    await sweepAt(121);
    const [mail] = await ts.mail.waitFor(ts.directory.admin.email, `超时督办：${name}`);
    expect(mail.text).toContain(ts.directory.reviewers.first.name);
    expect((await ts.system.stores.reviews.getTask(filing.filingId, 1, "first"))?.escalatedAt).toBeDefined();

    await sweepAt(122);
    await sweepAt(200);
    const records = await escalations(filing.filingId);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ actorName: "系统", details: { stage: "first", round: 1 } });
    expect((await ts.mail.to(ts.directory.admin.email)).filter((m) => m.subject.includes(`超时督办：${name}`))).toHaveLength(1);
    const verify = await operator.get(`/api/filings/${filing.filingId}/audit/verify`);
    expect(await verify.json()).toMatchObject({ ok: true });
  });

  it("leaves decided tasks alone and moves on to the stage that waits", async () => {
    const { filing, name } = await submitted();
    await decide(ts, name, "first", "approve");
    await reviewLink(ts.mail, ts.directory.reviewers.second.email, "second", name);

    await sweepAt(130);
    const first = await ts.system.stores.reviews.getTask(filing.filingId, 1, "first");
    expect(first).toMatchObject({ status: "decided" });
    expect(first?.remindedAt).toBeUndefined();
    expect(first?.escalatedAt).toBeUndefined();
    expect(await reminders(ts.directory.reviewers.first.email, name)).toHaveLength(0);

    await ts.mail.waitFor(ts.directory.reviewers.second.email, `催办：待复审：${name}`);
    expect((await escalations(filing.filingId)).map((r) => r.details.stage)).toEqual(["second"]);
  });
});
