import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Filing, Person } from "@beian/core";
import { filingInput } from "../../../test/support/fixtures.js";
import { decide, decisionForm, login, reviewLink } from "../../../test/support/flow.js";
import { HttpClient } from "../../../test/support/http-client.js";
import { seedDefaultChain, startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

let ts: TestSystem;
let admin: HttpClient;

beforeAll(async () => {
  ts = await startTestSystem();
  admin = await login(ts, ts.directory.admin.email);
});
afterAll(() => ts.system.stop());

const stores = new Proxy({} as TestSystem["system"]["stores"], { get: (_, key) => ts.system.stores[key as keyof TestSystem["system"]["stores"]] });

async function submit(client: HttpClient, body = filingInput({ justification: "专项工作需要另设账号" })): Promise<{ filing: Filing; name: string }> {
  const response = await client.post("/api/filings", body);
  expect(response.status).toBe(201);
  return { filing: ((await response.json()) as { filing: Filing }).filing, name: body.accountName };
}

/** Puts a chain straight into the table, as if it was valid when saved and people changed since. */
async function withChain(stages: Record<"first" | "second" | "final", string[]>, run: () => Promise<void>) {
  const [original] = (await stores.chains.listChains("filing")).filter((c) => c.scope === "default");
  await seedDefaultChain(stores, "filing", stages);
  try {
    await run();
  } finally {
    await stores.chains.seedChain(original);
  }
}

async function pendingRow(title: string) {
  const list = (await (await admin.get("/api/reviews/pending")).json()) as { items: { itemId: string; title: string; stage: string; unassigned: boolean }[] };
  return list.items.find((i) => i.title === title);
}

describe("reviews that could never finish", () => {
  it("refuses, when saved, a chain naming one person at two stages (Chinese field error)", async () => {
    const { reviewers } = ts.directory;
    const response = await admin.put("/api/review-chains/filing/default", { stages: { first: [reviewers.first.personId], second: [reviewers.first.personId], final: [reviewers.final.personId] } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; fields: { field: string; code: string; message: string }[] } };
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.fields[0]).toMatchObject({ field: "stages.second", code: "SAME_PERSON_TWO_STAGES" });
    expect(body.error.fields[0].message).toContain("同一人只能审核同一事项的一个环节");
  });

  it("a stage whose only reviewer already decided another stage goes to the admins, who reassign it; the filing ends decided", async () => {
    const { reviewers, backups, operator } = ts.directory;
    await withChain({ first: [reviewers.first.personId], second: [reviewers.first.personId], final: [reviewers.final.personId] }, async () => {
      const { filing, name } = await submit(await login(ts, operator.email));
      await decide(ts, name, "first", "approve");

      const [notice] = await ts.mail.waitFor(ts.directory.admin.email, `待指定审核人：${name}（复审）`);
      expect(notice.text).toContain("回避规则");
      expect(await pendingRow(name)).toMatchObject({ stage: "second", unassigned: true });
      expect((await stores.filings.getFiling(filing.filingId))?.status).toBe("in_review");
      expect((await stores.audit.listAudit(filing.filingId)).map((r) => r.action)).toContain("review_unassigned");

      expect((await admin.post(`/api/reviews/filing/${filing.filingId}/second/reassign`, { reviewerId: backups.second.personId, reason: "原审核人已审初审" })).status).toBe(200);
      await decide(ts, name, "second", "approve", { reviewerEmail: backups.second.email });
      await decide(ts, name, "final", "approve");
      await ts.mail.waitFor(operator.email, `备案已备案：${name}`);
      expect((await stores.filings.getFiling(filing.filingId))?.status).toBe("filed");
    });
  });

  it("the submitter being the only reviewer of a stage is handled the same way", async () => {
    const { unitId, reviewers, backups } = ts.directory;
    const both: Person = { personId: `both-${Date.now()}`, name: "林双", email: `both-${Date.now()}@test.gov.cn`, unitId, roles: ["operator", "reviewer"], active: true };
    await stores.seeding.seedPerson(both);
    await withChain({ first: [both.personId], second: [reviewers.second.personId], final: [reviewers.final.personId] }, async () => {
      const { filing, name } = await submit(await login(ts, both.email));
      await ts.mail.waitFor(ts.directory.admin.email, `待指定审核人：${name}（初审）`);
      expect((await ts.mail.to(both.email)).some((m) => m.subject.includes(`待初审：${name}`))).toBe(false);
      expect((await admin.post(`/api/reviews/filing/${filing.filingId}/first/reassign`, { reviewerId: backups.first.personId })).status).toBe(200);
      for (const stage of ["first", "second", "final"] as const) await decide(ts, name, stage, "approve", stage === "first" ? { reviewerEmail: backups.first.email } : {});
      await ts.mail.waitFor(both.email, `备案已备案：${name}`);
    });
  });

  it("a workflow that fails for good leaves the round for an admin to restart; the link already mailed still decides it", async () => {
    const { filing, name } = await submit(await login(ts, ts.directory.operator.email));
    const path = await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", name);
    const task = await stores.reviews.getTask(filing.filingId, 1, "first");
    // Step Functions gives up on the waiting task (what a failing task Lambda or an operator would cause).
    await ts.system.engine.sendTaskFailure(task!.taskToken, "States.TaskFailed", "task Lambda failed");

    await ts.mail.waitFor(ts.directory.admin.email, `审核流程异常：${name}`);
    const stuck = (await (await admin.get("/api/reviews/stuck")).json()) as { items: { itemId: string; error: string }[] };
    expect(stuck.items.find((s) => s.itemId === filing.filingId)).toMatchObject({ error: "States.TaskFailed" });
    expect((await stores.filings.getFiling(filing.filingId))?.status).toBe("in_review");

    const restarted = await admin.post(`/api/reviews/filing/${filing.filingId}/restart`, { reason: "流程异常，重启本轮" });
    expect(restarted.status).toBe(200);
    expect((await (await admin.get("/api/reviews/stuck")).json()) as { items: { itemId: string }[] }).toMatchObject({ items: expect.not.arrayContaining([expect.objectContaining({ itemId: filing.filingId })]) });
    // The new execution reuses the waiting task: the link in the reviewer's inbox decides it.
    await expect.poll(async () => (await stores.reviews.getTask(filing.filingId, 1, "first"))?.taskToken).not.toBe(task!.taskToken);
    expect((await new HttpClient(ts.system.app).postForm(path, decisionForm("first", "approve"))).status).toBe(200);
    await decide(ts, name, "second", "approve");
    await decide(ts, name, "final", "approve");
    await ts.mail.waitFor(ts.directory.operator.email, `备案已备案：${name}`);
    const actions = (await stores.audit.listAudit(filing.filingId)).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["review_stuck", "review_restarted"]));
    expect((await ts.mail.to(ts.directory.reviewers.first.email)).filter((m) => m.subject.includes(`待初审：${name}`))).toHaveLength(1);
  });

  it("refuses to restart a round that is moving", async () => {
    const { filing, name } = await submit(await login(ts, ts.directory.operator.email));
    await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", name);
    const response = await admin.post(`/api/reviews/filing/${filing.filingId}/restart`, { reason: "试试" });
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("REVIEW_NOT_STUCK");
  });
});

describe("撤回: the unit takes its filing back while it is in review", () => {
  it("closes the review, audits it, frees the platform account and kills the emailed link", async () => {
    const operator = await login(ts, ts.directory.operator.email);
    const body = filingInput({ justification: "专项工作需要另设账号" });
    const { filing, name } = await submit(operator, body);
    const path = await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", name);

    const other = await login(ts, ts.directory.otherOperator.email);
    expect((await other.post(`/api/filings/${filing.filingId}/withdraw`, { reason: "不是我的" })).status).toBe(404);
    expect((await operator.post(`/api/filings/${filing.filingId}/withdraw`, {})).status).toBe(400);
    const withdrawn = await operator.post(`/api/filings/${filing.filingId}/withdraw`, { reason: "账号名称需重新研究" });
    expect(withdrawn.status).toBe(200);
    expect(((await withdrawn.json()) as { filing: Filing }).filing).toMatchObject({ status: "withdrawn" });

    const history = await stores.audit.listAudit(filing.filingId);
    expect(history.at(-1)).toMatchObject({ action: "review_withdrawn", details: expect.objectContaining({ reason: "账号名称需重新研究" }) });
    expect((await new HttpClient(ts.system.app).postForm(path, decisionForm("first", "approve"))).status).toBe(410);
    expect((await operator.post(`/api/filings/${filing.filingId}/withdraw`, { reason: "再撤一次" })).status).toBe(409);

    // The platform account is free again: the same account can be filed anew.
    await submit(operator, { ...body, accountName: `${body.accountName}新` });
  });
});
