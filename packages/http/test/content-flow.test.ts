import type { ContentDraft } from "@beian/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft, decideContent, draftInput, draftOf, filedAccounts, submitDraft } from "../../../test/support/content.js";
import { login, reviewLink } from "../../../test/support/flow.js";
import { HttpClient } from "../../../test/support/http-client.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

let ts: TestSystem;
let operator: HttpClient;
let accounts: string[];

beforeAll(async () => {
  ts = await startTestSystem();
  accounts = await filedAccounts(ts, 2);
  operator = await login(ts, ts.directory.operator.email);
}, 120_000);
afterAll(() => ts.system.stop());

const publish = (draftId: string, accountId: string, extra: Record<string, unknown> = {}) =>
  operator.post(`/api/content/drafts/${draftId}/publications`, { accountId, url: `https://mp.weixin.qq.com/s/${draftId.slice(0, 8)}`, publishedAt: new Date().toISOString(), ...extra });

async function approveAll(title: string, nth = 1) {
  for (const stage of ["first", "second", "final"] as const) await decideContent(ts, title, stage, "approve", { nth });
}

describe("先审后发: a draft through the three-stage review", () => {
  it("is approved through 初审, 复审 and 终审 from emailed links, then published per account; an unapproved version is refused", async () => {
    const input = draftInput(accounts);
    const draft = await createDraft(operator, input);
    expect(draft.status).toBe("draft");
    // Not approved yet: no publication record.
    expect((await publish(draft.draftId, accounts[0])).status).toBe(409);
    expect((await submitDraft(operator, draft.draftId)).status).toBe(200);

    const { html } = await decideContent(ts, input.title, "first", "approve");
    expect(html).toContain("内容发布");
    expect(html).toContain("文字关");
    await decideContent(ts, input.title, "second", "approve");
    await decideContent(ts, input.title, "final", "approve");
    await ts.mail.waitFor(ts.directory.operator.email, `稿件已通过：${input.title}`);

    const approved = (await draftOf(operator, draft.draftId)).draft;
    expect(approved.status).toBe("approved");
    expect(approved.approvedHash).toBe(approved.contentHash);
    // The record must name the approved version when it names one.
    const wrong = await publish(draft.draftId, accounts[0], { contentHash: "0".repeat(64) });
    expect(wrong.status).toBe(409);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe("VERSION_NOT_APPROVED");
    expect((await publish(draft.draftId, accounts[0], { contentHash: approved.approvedHash })).status).toBe(201);
    expect((await publish(draft.draftId, accounts[0])).status).toBe(409);
    expect((await publish(draft.draftId, accounts[1])).status).toBe(201);

    const published = await draftOf(operator, draft.draftId);
    expect(published.draft.status).toBe("published");
    expect(published.publications).toHaveLength(2);
    // Published text is closed; a correction is a new draft.
    expect((await operator.put(`/api/content/drafts/${draft.draftId}`, { ...input, body: `${input.body}补充。` })).status).toBe(409);

    const record = await operator.get(`/api/content/drafts/${draft.draftId}/record`);
    const page = await record.text();
    expect(record.status).toBe(200);
    for (const who of Object.values(ts.directory.reviewers)) expect(page).toContain(who.name);
    expect(page).toContain("通过");
    expect((await (await operator.get(`/api/content/drafts/${draft.draftId}/audit/verify`)).json()) as { ok: boolean }).toMatchObject({ ok: true });
  });

  it("is returned at 复审, edited, and approved in round 2, whose reviewers see the diff against what round 1 saw", async () => {
    const input = draftInput([accounts[0]]);
    const draft = await createDraft(operator, input);
    await submitDraft(operator, draft.draftId);
    await decideContent(ts, input.title, "first", "approve");
    await decideContent(ts, input.title, "second", "return", { comment: "请核实开学日期" });
    await ts.mail.waitFor(ts.directory.operator.email, `稿件已退回修改：${input.title}`);
    expect((await draftOf(operator, draft.draftId)).draft.status).toBe("returned");

    const edited = { ...input, body: input.body.replace("9月1日", "8月31日") };
    expect((await operator.put(`/api/content/drafts/${draft.draftId}`, edited)).status).toBe(200);
    expect((await submitDraft(operator, draft.draftId)).status).toBe(200);

    const { html } = await decideContent(ts, input.title, "first", "approve", { nth: 2 });
    expect(html).toContain('data-testid="body-diff"');
    expect(html).toMatch(/<del[^>]*>9<\/del>/);
    expect(html).toMatch(/<ins[^>]*>8<\/ins>/);
    await decideContent(ts, input.title, "second", "approve", { nth: 2 });
    await decideContent(ts, input.title, "final", "approve");
    const after = (await draftOf(operator, draft.draftId)).draft;
    expect(after).toMatchObject({ status: "approved", round: 2 });
    expect((await publish(draft.draftId, accounts[0])).status).toBe(201);
  });

  it("voids an approval when the text is edited afterwards: the new version cannot be published until a new round approves it", async () => {
    const input = draftInput([accounts[0]]);
    const draft = await createDraft(operator, input);
    await submitDraft(operator, draft.draftId);
    await approveAll(input.title);
    const approved = (await draftOf(operator, draft.draftId)).draft;
    expect(approved.status).toBe("approved");

    const saved = await operator.put(`/api/content/drafts/${draft.draftId}`, { ...input, title: `${input.title}（修订）` });
    const voided = ((await saved.json()) as { draft: ContentDraft }).draft;
    expect(voided.status).toBe("draft");
    expect(voided.approvedHash).toBeUndefined();
    const refused = await publish(draft.draftId, accounts[0], { contentHash: approved.approvedHash });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("VERSION_NOT_APPROVED");
    const detail = await draftOf(operator, draft.draftId);
    expect(detail.history.map((r) => r.action)).toContain("approval_voided_by_edit");
  });

  it("voids the running round when the text is edited in review: the waiting reviewer's link stops working", async () => {
    const input = draftInput([accounts[0]]);
    const draft = await createDraft(operator, input);
    await submitDraft(operator, draft.draftId);
    const path = await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", input.title);
    expect((await operator.put(`/api/content/drafts/${draft.draftId}`, { ...input, body: `${input.body}\n三、其他事项另行通知。` })).status).toBe(200);
    const late = await new HttpClient(ts.system.app).get(path);
    expect(late.status).toBe(410);
    expect((await draftOf(operator, draft.draftId)).draft.status).toBe("draft");
    // A new round starts on resubmission.
    expect((await submitDraft(operator, draft.draftId)).status).toBe(200);
    expect((await draftOf(operator, draft.draftId)).draft.round).toBe(2);
    await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", input.title, 2);
  });

  it("blocks submission on a 严重 错敏词 until each hit is confirmed with a reason, shown to reviewers highlighted", async () => {
    const input = draftInput([accounts[0]], { body: "本次交流团将赴南朝鲜参观，再接再励。" });
    const draft = await createDraft(operator, input);
    const blocked = await submitDraft(operator, draft.draftId);
    expect(blocked.status).toBe(409);
    const error = ((await blocked.json()) as { error: { code: string; fields: { message: string }[] } }).error;
    expect(error.code).toBe("SERIOUS_WORDS_UNCONFIRMED");
    expect(error.fields[0].message).toContain("南朝鲜");
    expect((await draftOf(operator, draft.draftId)).draft.status).toBe("draft");

    const { hits } = await draftOf(operator, draft.draftId);
    const serious = hits.filter((h) => h.severity === "serious");
    expect(serious.map((h) => h.text)).toEqual(["南朝鲜"]);
    const confirmations = serious.map((h) => ({ entryId: h.entryId, field: h.field, start: h.start, reason: "引用历史文献原文" }));
    expect((await submitDraft(operator, draft.draftId, { confirmations })).status).toBe(200);

    const { html } = await decideContent(ts, input.title, "first", "approve");
    expect(html).toMatch(/<mark class="hit-serious"[^>]*>南朝鲜<\/mark>/);
    expect(html).toMatch(/<mark class="hit"[^>]*>再接再励<\/mark>/);
    expect(html).toContain("引用历史文献原文");
  });

  it("refuses bad input with Chinese field errors and another unit's accounts", async () => {
    const bad = await operator.post("/api/content/drafts", { title: "", body: "x", type: "repost", author: "王芳", accountIds: [accounts[0]] });
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()) as { error: { fields: { field: string; message: string }[] } }).error.fields;
    expect(fields.map((f) => f.field)).toEqual(expect.arrayContaining(["title", "source"]));
    const foreign = await operator.post("/api/content/drafts", draftInput(["no-such-account"]));
    expect(foreign.status).toBe(409);
    const huge = await operator.post("/api/content/drafts", draftInput([accounts[0]], { body: "字".repeat(50_001) }));
    expect(huge.status).toBe(400);
  });
});
