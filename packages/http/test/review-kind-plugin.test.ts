import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@beian/core";
import { decide, decisionForm, login, reviewLink } from "../../../test/support/flow.js";
import { HttpClient } from "../../../test/support/http-client.js";
import { NOTICE_CHECKLISTS, NOTICE_KIND, noticeKind, submitNotice, type IssuedLog, type Notice } from "../../../test/support/notice-kind.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

let ts: TestSystem;
const issued: IssuedLog = [];

beforeAll(async () => {
  ts = await startTestSystem({ kinds: [(deps) => noticeKind(deps, issued)] });
});
afterAll(() => ts.system.stop());

const notice = (title: string): Notice => ({ title, text: "定于下周一上午九时召开全县政务新媒体工作会议。\n请各单位信息员准时参加。" });

describe("a second kind of item through the same emailed three-stage review (test-only kind)", () => {
  it("goes 初审 → 复审 → 终审 by its own links and checklists, and its outcome effect runs once committed", async () => {
    const { operator } = ts.directory;
    const title = `工作会议通知${Date.now() % 10000}`;
    const state = await submitNotice(ts.system.services.deps, operator, notice(title));

    // Its own checklist on the confirm page; the filing checklist would not pass.
    const path = await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", title);
    const reviewer = new HttpClient(ts.system.app);
    const page = await (await reviewer.get(path)).text();
    expect(page).toContain("文字通顺，无错别字");
    expect(page).toContain("定于下周一上午九时召开");
    expect((await reviewer.postForm(path, decisionForm("first", "approve"))).status).toBe(400);

    for (const stage of ["first", "second", "final"] as const) await decide(ts, title, stage, "approve", { checklists: NOTICE_CHECKLISTS });

    await ts.mail.waitFor(operator.email, `通知已印发：${title}`);
    const stored = await ts.system.stores.reviewItems.getItem<Notice>(NOTICE_KIND, state.itemId);
    expect(stored?.state).toMatchObject({ status: "approved", round: 1, stage: "final" });
    expect(stored?.body.issuedAs).toMatch(/^通知〔2026〕/);
    expect(issued).toEqual([state.itemId]);
    const records = await ts.system.stores.audit.listAudit(state.itemId);
    expect(records.map((r) => r.action)).toEqual(["notice_submitted", ...["first", "second", "final"].flatMap(() => ["review_assigned", "review_decided"])]);
    expect(verifyAuditChain(records, stored!.state.auditHead)).toMatchObject({ ok: true, count: 7 });
  });

  it("shows in 待我审核 and the admin's pending list under its own label, and a rejection tells the submitter", async () => {
    const title = `防汛通知${Date.now() % 10000}`;
    await submitNotice(ts.system.services.deps, ts.directory.operator, notice(title));
    await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", title);

    const first = await login(ts, ts.directory.reviewers.first.email);
    const inbox = (await (await first.get("/api/reviews/mine")).json()) as { items: { title: string; kind: string; kindLabel: string; href: string }[] };
    const row = inbox.items.find((i) => i.title === title);
    expect(row).toMatchObject({ kind: NOTICE_KIND, kindLabel: "测试通知" });
    expect((await first.get(row!.href)).status).toBe(200);
    const admin = await login(ts, ts.directory.admin.email);
    const pending = (await (await admin.get("/api/reviews/pending")).json()) as { items: { title: string; kindLabel: string }[] };
    expect(pending.items.find((i) => i.title === title)?.kindLabel).toBe("测试通知");

    await decide(ts, title, "first", "reject", { comment: "时间有误", checklists: NOTICE_CHECKLISTS });
    const [mail] = await ts.mail.waitFor(ts.directory.operator.email, `通知未通过：${title}`);
    expect(mail.text).toContain("时间有误");
  });
});
