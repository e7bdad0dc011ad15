import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Filing } from "@beian/core";
import { directoryAdmin } from "../../../test/support/directory.js";
import { filingInput } from "../../../test/support/fixtures.js";
import { decisionForm, login, reviewLink } from "../../../test/support/flow.js";
import { HttpClient } from "../../../test/support/http-client.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

let ts: TestSystem;
let admin: HttpClient;
let dir: ReturnType<typeof directoryAdmin>;

beforeAll(async () => {
  ts = await startTestSystem();
  admin = await login(ts, ts.directory.admin.email);
  dir = directoryAdmin(admin);
});
afterAll(() => ts.system.stop());

/** A unit whose 初审 is decided by `reviewers` (fresh people), with an operator who has submitted a filing. */
async function filingReviewedBy(...names: string[]) {
  const registryId = ts.directory.admin.unitId;
  const unit = await dir.unit("审核测试局", registryId);
  const operator = await dir.person("孙操作", unit.unitId, ["operator"]);
  const reviewers = [];
  for (const name of names) reviewers.push(await dir.person(name, registryId, ["reviewer"]));
  await dir.override(unit.unitId, { first: reviewers.map((r) => r.personId) });
  const body = filingInput();
  const response = await (await login(ts, operator.email)).post("/api/filings", body);
  expect(response.status).toBe(201);
  const { filing } = (await response.json()) as { filing: Filing };
  return { filing, name: body.accountName, reviewers };
}

interface InboxItem {
  itemId: string;
  stage: string;
  href: string;
  accountName: string;
  onBehalfOfName?: string;
}
const inbox = async (client: HttpClient) => ((await (await client.get("/api/reviews/mine")).json()) as { items: InboxItem[] }).items;

describe("待我审核", () => {
  it("a logged-in reviewer sees their pending task and decides it on the same confirm page, without the emailed link", async () => {
    const { filing, name, reviewers } = await filingReviewedBy("周审");
    await reviewLink(ts.mail, reviewers[0].email, "first", name);
    const reviewer = await login(ts, reviewers[0].email);
    const [item] = (await inbox(reviewer)).filter((i) => i.itemId === filing.filingId);
    expect(item).toMatchObject({ stage: "first", title: name, kind: "filing", href: `/review/mine/filing/${filing.filingId}/first` });

    const page = await reviewer.get(item.href);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`action="/review/mine/filing/${filing.filingId}/first"`);
    expect((await reviewer.postForm(item.href, decisionForm("first", "approve"))).status).toBe(200);
    expect(await ts.system.stores.reviews.getTask(filing.filingId, 1, "first")).toMatchObject({ status: "decided", reviewerId: reviewers[0].personId });
    expect((await inbox(reviewer)).some((i) => i.itemId === filing.filingId)).toBe(false);
  });

  it("is a reviewer's own: others cannot open or decide it, operators have no list", async () => {
    const { filing, name, reviewers } = await filingReviewedBy("吴审");
    await reviewLink(ts.mail, reviewers[0].email, "first", name);
    const stranger = await login(ts, ts.directory.reviewers.final.email);
    expect((await stranger.get(`/review/mine/filing/${filing.filingId}/first`)).status).toBe(404);
    expect((await stranger.postForm(`/review/mine/filing/${filing.filingId}/first`, decisionForm("first", "approve"))).status).toBe(404);
    expect((await new HttpClient(ts.system.app).get(`/review/mine/filing/${filing.filingId}/first`)).status).toBe(401);
    const operator = await login(ts, ts.directory.operator.email);
    expect((await operator.get("/api/reviews/mine")).status).toBe(403);
    expect((await ts.system.stores.reviews.getTask(filing.filingId, 1, "first"))?.status).toBe("pending");
  });
});

describe("reassignment", () => {
  it("an admin hands a pending task to another reviewer: the old link dies, the new reviewer decides, all audited", async () => {
    const { filing, name, reviewers } = await filingReviewedBy("郑原");
    const oldLink = await reviewLink(ts.mail, reviewers[0].email, "first", name);
    const successor = await dir.person("王接", ts.directory.admin.unitId, ["reviewer"]);

    const pending = (await (await admin.get("/api/reviews/pending")).json()) as { items: { itemId: string; assignees: { name: string }[] }[] };
    expect(pending.items.find((i) => i.itemId === filing.filingId)?.assignees.map((a) => a.name)).toEqual(["郑原"]);
    const moved = await admin.post(`/api/reviews/filing/${filing.filingId}/first/reassign`, { reviewerId: successor.personId, reason: "原审核人出差" });
    expect(moved.status).toBe(200);

    const dead = await new HttpClient(ts.system.app).get(oldLink);
    expect(dead.status).toBe(410);
    expect(await dead.text()).toContain("已转交他人处理");
    expect((await new HttpClient(ts.system.app).postForm(oldLink, decisionForm("first", "approve"))).status).toBe(410);

    const newLink = await reviewLink(ts.mail, successor.email, "first", name);
    expect((await new HttpClient(ts.system.app).postForm(newLink, decisionForm("first", "approve"))).status).toBe(200);
    const history = await ts.system.stores.audit.listAudit(filing.filingId);
    expect(history.find((r) => r.action === "review_reassigned")).toMatchObject({ actorName: ts.directory.admin.name, details: { from: "郑原", to: "王接", reason: "原审核人出差" } });
    expect(history.filter((r) => r.action === "review_decided").map((r) => r.actorName)).toEqual(["王接"]);
  });

  it("refuses non-admins, unknown items, non-reviewers and decided tasks, changing nothing", async () => {
    const { filing, name, reviewers } = await filingReviewedBy("冯原");
    await reviewLink(ts.mail, reviewers[0].email, "first", name);
    const body = { reviewerId: ts.directory.backups.first.personId };
    const before = (await ts.system.stores.audit.listAudit(filing.filingId)).length;
    const reviewer = await login(ts, reviewers[0].email);
    expect((await reviewer.post(`/api/reviews/filing/${filing.filingId}/first/reassign`, body)).status).toBe(403);
    expect((await admin.post("/api/reviews/filing/no-such-filing/first/reassign", body)).status).toBe(404);
    expect((await admin.post(`/api/reviews/filing/${filing.filingId}/fourth/reassign`, body)).status).toBe(404);
    const operatorTarget = await admin.post(`/api/reviews/filing/${filing.filingId}/first/reassign`, { reviewerId: ts.directory.operator.personId });
    expect(operatorTarget.status).toBe(400);
    expect(await operatorTarget.json()).toMatchObject({ error: { fields: [{ field: "reviewerId", code: "NOT_A_REVIEWER" }] } });
    expect((await admin.post(`/api/reviews/filing/${filing.filingId}/second/reassign`, body)).status).toBe(409);
    expect((await ts.system.stores.audit.listAudit(filing.filingId)).length).toBe(before);
  });
});

describe("delegation (代签)", () => {
  it("a deputy gets a link for the delegator's task; their decision is recorded as 代签 with the delegator", async () => {
    const deputy = await dir.person("陈代", ts.directory.admin.unitId, ["reviewer"]);
    const { filing, name, reviewers } = await filingReviewedBy("林主");
    const delegator = await login(ts, reviewers[0].email);
    expect((await delegator.put("/api/me/delegation", { deputyId: reviewers[0].personId })).status).toBe(400);
    const set = await delegator.put("/api/me/delegation", { deputyId: deputy.personId, until: "2999-12-31" });
    expect(set.status).toBe(200);

    // The task was already pending: the deputy is sent a link of their own for it.
    const [mail] = await ts.mail.waitFor(deputy.email, `待初审：${name}（`);
    expect(mail.text).toContain("代林主审核");
    const deputyClient = await login(ts, deputy.email);
    expect((await inbox(deputyClient)).find((i) => i.itemId === filing.filingId)).toMatchObject({ onBehalfOfName: "林主" });

    const link = await reviewLink(ts.mail, deputy.email, "first", name);
    const decided = await new HttpClient(ts.system.app).postForm(link, decisionForm("first", "approve"));
    expect(decided.status).toBe(200);
    expect(await decided.text()).toContain("代林主签");
    const record = (await ts.system.stores.audit.listAudit(filing.filingId)).find((r) => r.action === "review_decided");
    expect(record).toMatchObject({ actorName: "陈代", details: { onBehalfOf: { id: reviewers[0].personId, name: "林主" }, proxySigned: true } });
    expect(await ts.system.stores.reviews.getTask(filing.filingId, 1, "first")).toMatchObject({ reviewerId: deputy.personId, onBehalfOfName: "林主" });
    expect((await ts.system.stores.directory.listDirectoryAudit()).some((r) => r.action === "delegation_set" && r.details.deputyId === deputy.personId)).toBe(true);
  });

  it("a deputy named while the stage has no open link for the delegator yet still gets one (the pending task decides, not the links)", async () => {
    const deputy = await dir.person("罗代", ts.directory.admin.unitId, ["reviewer"]);
    const { filing, name, reviewers } = await filingReviewedBy("罗主");
    await reviewLink(ts.mail, reviewers[0].email, "first", name);
    // The state a stage is in between opening its task and issuing its links, the mailing having read the delegator before the delegation.
    await ts.system.stores.reviews.closeLinks(await ts.system.stores.reviews.listTaskLinks(filing.filingId, 1, "first"));
    const delegator = await login(ts, reviewers[0].email);
    expect((await delegator.put("/api/me/delegation", { deputyId: deputy.personId })).status).toBe(200);
    const [mail] = await ts.mail.waitFor(deputy.email, `待初审：${name}（`);
    expect(mail.text).toContain("代罗主审核");
  });

  it("ending the delegation kills the deputy's link", async () => {
    const deputy = await dir.person("何代", ts.directory.admin.unitId, ["reviewer"]);
    const { filing, name, reviewers } = await filingReviewedBy("贺主");
    const delegator = await login(ts, reviewers[0].email);
    expect((await delegator.put("/api/me/delegation", { deputyId: deputy.personId })).status).toBe(200);
    const link = await reviewLink(ts.mail, deputy.email, "first", name);
    expect((await delegator.request("DELETE", "/api/me/delegation")).status).toBe(204);
    const refused = await new HttpClient(ts.system.app).postForm(link, decisionForm("first", "approve"));
    expect(refused.status).toBe(410);
    expect(await refused.text()).toContain("代签授权已结束");
    expect((await ts.system.stores.reviews.getTask(filing.filingId, 1, "first"))?.status).toBe("pending");
  });
});
