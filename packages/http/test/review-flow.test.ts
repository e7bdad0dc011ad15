import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Filing } from "@beian/core";
import { filingInput } from "../../../test/support/fixtures.js";
import { decide, login, reviewLink } from "../../../test/support/flow.js";
import type { HttpClient } from "../../../test/support/http-client.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

let ts: TestSystem;
let operator: HttpClient;

beforeAll(async () => {
  ts = await startTestSystem();
  operator = await login(ts, ts.directory.operator.email);
});
afterAll(() => ts.system.stop());

async function submit(body = filingInput()): Promise<Filing> {
  const response = await operator.post("/api/filings", body);
  expect(response.status).toBe(201);
  return ((await response.json()) as { filing: Filing }).filing;
}

async function detail(filingId: string) {
  const response = await operator.get(`/api/filings/${filingId}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { filing: Filing; history: { action: string; actorName: string; details: Record<string, unknown> }[] };
}

describe("open-account filing through the emailed three-stage review", () => {
  it("approve path: 初审 → 复审 → 终审 by email links ends filed with a number, the operator is told", async () => {
    const filing = await submit();
    expect(filing).toMatchObject({ status: "in_review", stage: "first", round: 1 });

    const name = filing.data.accountName;
    await decide(ts, name, "first", "approve");
    await decide(ts, name, "second", "approve", { comment: "信息属实" });
    await decide(ts, name, "final", "approve");

    const [done] = await ts.mail.waitFor(ts.directory.operator.email, `备案已备案：${filing.data.accountName}`);
    const { filing: filed, history } = await detail(filing.filingId);
    expect(filed.status).toBe("filed");
    expect(filed.filingNumber).toMatch(/^BA-\d{4}-WX-\d{5}$/);
    expect(done.text).toContain(filed.filingNumber);
    expect(history.map((h) => h.action)).toEqual([
      "filing_submitted",
      "review_assigned",
      "review_decided",
      "review_assigned",
      "review_decided",
      "review_assigned",
      "review_decided",
    ]);
    expect(history.filter((h) => h.action === "review_decided").map((h) => h.actorName)).toEqual(["赵磊", "孙丽", "钱伟"]);
    expect(history[4].details).toMatchObject({ stage: "second", decision: "approve", comment: "信息属实" });

    const verify = await operator.get(`/api/filings/${filing.filingId}/audit/verify`);
    expect(await verify.json()).toMatchObject({ ok: true, count: 7 });
    expect(await ts.system.stores.accounts.getAccountByFilingNumber(filed.filingNumber!)).toMatchObject({ filingId: filing.filingId, status: "filed" });
  });

  it("reject path: 初审 rejects with a comment, the operator receives it and the account may be filed again", async () => {
    const body = filingInput({ platform: "douyin" });
    const filing = await submit(body);
    await decide(ts, body.accountName, "first", "reject", { comment: "账号名称不规范，且与职能无关" });

    const [mail] = await ts.mail.waitFor(ts.directory.operator.email, `备案未通过：${body.accountName}`);
    expect(mail.text).toContain("账号名称不规范，且与职能无关");
    expect((await detail(filing.filingId)).filing).toMatchObject({ status: "rejected", stage: "first", lastDecision: "reject" });
    // Rejection releases the platform account (and the unit's place on the platform), so a corrected filing is accepted.
    const again = await operator.post("/api/filings", { ...filingInput({ platform: "douyin" }), platformAccountId: body.platformAccountId });
    expect(again.status).toBe(201);
  });

  it("return path: 复审 returns, the operator edits and resubmits, a new round passes all three stages", async () => {
    const body = filingInput({ platform: "kuaishou" });
    const filing = await submit(body);
    await decide(ts, body.accountName, "first", "approve");
    await decide(ts, body.accountName, "second", "return", { comment: "请补充主管领导的办公电话" });

    const [returned] = await ts.mail.waitFor(ts.directory.operator.email, `备案已退回修改：${body.accountName}`);
    expect(returned.text).toContain("请补充主管领导的办公电话");
    expect((await detail(filing.filingId)).filing.status).toBe("returned");

    const edited = { ...body, leader: { ...body.leader, phone: "0311-8888888" } };
    const resubmitted = await operator.put(`/api/filings/${filing.filingId}`, edited);
    expect(resubmitted.status).toBe(200);
    expect(((await resubmitted.json()) as { filing: Filing }).filing).toMatchObject({ round: 2, status: "in_review", stage: "first" });

    // The round-2 初审 page shows what changed since the returned round.
    const path = await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", body.accountName, 2);
    const page = await (await operator.get(path)).text();
    expect(page).toContain("本轮修改内容");
    expect(page).toContain("0311-8888888");

    await decide(ts, body.accountName, "first", "approve", { nth: 2 });
    await decide(ts, body.accountName, "second", "approve", { nth: 2 });
    await decide(ts, body.accountName, "final", "approve");
    await ts.mail.waitFor(ts.directory.operator.email, `备案已备案：${body.accountName}`);
    const { filing: filed, history } = await detail(filing.filingId);
    expect(filed).toMatchObject({ status: "filed", round: 2 });
    expect(history.find((h) => h.action === "filing_resubmitted")?.details).toMatchObject({ round: 2 });
  });
});
