import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Filing } from "@beian/core";
import { filingInput } from "../../../test/support/fixtures.js";
import { decide, decisionForm, login, reviewLink } from "../../../test/support/flow.js";
import { HttpClient } from "../../../test/support/http-client.js";
import { addStageReviewer, startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

let ts: TestSystem;
let operator: HttpClient;
let platformIndex = 0;
const PLATFORMS = ["wechat", "weibo", "douyin", "kuaishou", "toutiao", "channels", "xiaohongshu", "bilibili"] as const;

beforeAll(async () => {
  ts = await startTestSystem();
  operator = await login(ts, ts.directory.operator.email);
});
afterAll(() => ts.system.stop());

async function submitted() {
  const body = filingInput({ platform: PLATFORMS[platformIndex++] });
  const response = await operator.post("/api/filings", body);
  expect(response.status).toBe(201);
  const { filing } = (await response.json()) as { filing: Filing };
  return { filing, name: body.accountName };
}

const auditCount = async (filingId: string) => (await ts.system.stores.audit.listAudit(filingId)).length;

describe("approval links", () => {
  it("GET only shows the confirm page; opening it any number of times decides nothing", async () => {
    const { filing, name } = await submitted();
    const path = await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", name);
    const scanner = new HttpClient(ts.system.app);
    for (let i = 0; i < 3; i++) {
      const page = await scanner.get(path);
      expect(page.status).toBe(200);
      expect(page.headers.get("referrer-policy")).toBe("no-referrer");
      const html = await page.text();
      expect(html).toContain("初审审核要点");
      expect(html).toContain(name);
    }
    expect((await ts.system.stores.reviews.getTask(filing.filingId, 1, "first"))?.status).toBe("pending");
    expect(await auditCount(filing.filingId)).toBe(2);
  });

  it("a replayed link after the decision shows a clear page and changes nothing", async () => {
    const { filing, name } = await submitted();
    const { path, reviewer } = await decide(ts, name, "first", "approve");
    await reviewLink(ts.mail, ts.directory.reviewers.second.email, "second", name);
    const before = await auditCount(filing.filingId);

    const replay = await reviewer.postForm(path, decisionForm("first", "reject", "改主意了"));
    expect(replay.status).toBe(409);
    expect(await replay.text()).toContain("该环节已处理");
    const reopened = await reviewer.get(path);
    expect(reopened.status).toBe(409);
    expect(await ts.system.stores.filings.getFiling(filing.filingId)).toMatchObject({ status: "in_review", stage: "second" });
    expect(await auditCount(filing.filingId)).toBe(before);
  });

  it("two concurrent POSTs of one link: exactly one decides", async () => {
    const { filing, name } = await submitted();
    const path = await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", name);
    const a = new HttpClient(ts.system.app);
    const b = new HttpClient(ts.system.app);
    const responses = await Promise.all([
      a.postForm(path, decisionForm("first", "approve")),
      b.postForm(path, decisionForm("first", "return", "请修改")),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const decided = (await ts.system.stores.audit.listAudit(filing.filingId)).filter((r) => r.action === "review_decided");
    expect(decided).toHaveLength(1);
    const winner = decided[0].details.decision;
    expect((await ts.system.stores.filings.getFiling(filing.filingId))?.status).toBe(winner === "approve" ? "in_review" : "returned");
  });

  it("unknown, malformed and expired links decide nothing", async () => {
    const client = new HttpClient(ts.system.app);
    expect((await client.get("/review/not-a-real-link")).status).toBe(404);
    const unknown = await client.postForm(`/review/${"A".repeat(43)}`, decisionForm("first", "approve"));
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("链接无效");

    const { filing, name } = await submitted();
    const path = await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", name);
    const later = await startTestSystemSharingTables(ts, 73 * 3_600_000);
    const expired = await new HttpClient(later.system.app).postForm(path, decisionForm("first", "approve"));
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("过期");
    await later.system.stop();
    expect((await ts.system.stores.reviews.getTask(filing.filingId, 1, "first"))?.status).toBe("pending");
  });

  it("an incomplete checklist or a missing comment re-shows the form with the reason and decides nothing", async () => {
    const { filing, name } = await submitted();
    const path = await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", name);
    const reviewer = new HttpClient(ts.system.app);
    const partial = await reviewer.postForm(path, [["decision", "approve"], ["checklist", "name-formal"]]);
    expect(partial.status).toBe(400);
    expect(await partial.text()).toContain("通过前须逐项确认本环节审核要点");
    const silentReturn = await reviewer.postForm(path, [["decision", "return"], ["comment", " "]]);
    expect(silentReturn.status).toBe(400);
    const wrongType = await reviewer.request("POST", path, { json: { decision: "approve" } });
    expect(wrongType.status).toBe(415);
    expect((await ts.system.stores.reviews.getTask(filing.filingId, 1, "first"))?.status).toBe("pending");
  });

  it("separation of duties: a 初审 reviewer who also sits on 复审 is not given the 复审 of the same filing", async () => {
    const first = ts.directory.reviewers.first;
    // Make the 初审 reviewer a candidate for 复审 as well.
    const [original] = (await ts.system.stores.chains.listChains("filing")).filter((c) => c.scope === "default");
    await addStageReviewer(ts.system.stores, "second", first.personId);
    try {
      const { filing, name } = await submitted();
      await decide(ts, name, "first", "approve");
      await reviewLink(ts.mail, ts.directory.reviewers.second.email, "second", name);
      const task = await ts.system.stores.reviews.getTask(filing.filingId, 1, "second");
      expect(task?.reviewerId).not.toBe(first.personId);
      expect((await ts.mail.to(first.email)).some((m) => m.subject.includes(`待复审：${name}`))).toBe(false);
    } finally {
      await ts.system.stores.chains.seedChain(original);
    }
  });
});

/** A second system over the same tables whose clock runs `aheadMs` later (links expire after 72 h). */
async function startTestSystemSharingTables(base: TestSystem, aheadMs: number) {
  return startTestSystem({
    tableName: base.tableName,
    journalTableName: `${base.journalTableName}-later`,
    directory: base.directory,
    clock: { now: () => new Date(Date.now() + aheadMs) },
  });
}
