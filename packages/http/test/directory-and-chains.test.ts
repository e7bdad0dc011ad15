import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Filing, Person, Unit } from "@beian/core";
import { directoryAdmin } from "../../../test/support/directory.js";
import { filingInput } from "../../../test/support/fixtures.js";
import { decide, decisionForm, login, reviewLink } from "../../../test/support/flow.js";
import { HttpClient } from "../../../test/support/http-client.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

let ts: TestSystem;
let admin: HttpClient;
let dir: ReturnType<typeof directoryAdmin>;
let registryId: string;

beforeAll(async () => {
  ts = await startTestSystem();
  admin = await login(ts, ts.directory.admin.email);
  dir = directoryAdmin(admin);
  registryId = ts.directory.admin.unitId;
});
afterAll(() => ts.system.stop());

/** A unit of its own with an operator, so chain overrides in one test never touch another's. */
async function unitWithOperator() {
  const unit = await dir.unit("清河县测试局", registryId);
  const operator = await dir.person("王测", unit.unitId, ["operator"]);
  return { unit, operator, client: await login(ts, operator.email) };
}

async function submit(client: HttpClient, body = filingInput()) {
  const response = await client.post("/api/filings", body);
  expect(response.status).toBe(201);
  return { filing: ((await response.json()) as { filing: Filing }).filing, name: body.accountName };
}

const directoryAuditCount = async () => (await ts.system.stores.directory.listDirectoryAudit()).length;

describe("units", () => {
  it("builds a tree; a unit's sub-units at any depth come from one query; moving a unit moves its sub-tree", async () => {
    const county = await dir.unit("清河县", registryId);
    const education = await dir.unit("教育局", county.unitId);
    const school = await dir.unit("实验小学", education.unitId);
    const town = await dir.unit("城关镇", county.unitId);

    const below = async (unitId: string) => ((await (await admin.get(`/api/directory/units/${unitId}/descendants`)).json()) as { unitIds: string[] }).unitIds.sort();
    expect(await below(county.unitId)).toEqual([education.unitId, school.unitId, town.unitId].sort());
    expect(await ts.system.stores.directory.descendantUnitIds(education.unitId)).toEqual([school.unitId]);

    const moved = await admin.put(`/api/directory/units/${education.unitId}`, { name: education.name, parentId: town.unitId, leaderName: "李局长", contactPhone: "0311-1234567" });
    expect(moved.status).toBe(200);
    expect(await below(town.unitId)).toEqual([education.unitId, school.unitId].sort());
    expect((await ts.system.stores.directory.getUnit(school.unitId))?.path).toBe(`${(await ts.system.stores.directory.getUnit(town.unitId))!.path}${education.unitId}/${school.unitId}/`);

    const list = (await (await admin.get("/api/directory/units")).json()) as { items: Unit[] };
    expect(list.items.find((u) => u.unitId === education.unitId)).toMatchObject({ parentId: town.unitId, leaderName: "李局长" });
  });

  it("refuses a cycle, an unknown parent and bad fields with Chinese messages, changing nothing", async () => {
    const parent = await dir.unit("上级", registryId);
    const child = await dir.unit("下级", parent.unitId);
    const before = await directoryAuditCount();

    const cycle = await admin.put(`/api/directory/units/${parent.unitId}`, { name: parent.name, parentId: child.unitId });
    expect(cycle.status).toBe(400);
    expect(await cycle.json()).toMatchObject({ error: { fields: [{ field: "parentId", code: "CYCLE" }] } });
    const unknownParent = await admin.post("/api/directory/units", { name: "某单位", parentId: "no-such-unit" });
    expect(((await unknownParent.json()) as { error: { fields: { code: string }[] } }).error.fields[0].code).toBe("UNKNOWN_UNIT");
    const blank = await admin.post("/api/directory/units", { name: " ", extra: 1 });
    expect(blank.status).toBe(400);
    expect(JSON.stringify(await blank.json())).toMatch(/单位名称/);
    expect((await admin.put("/api/directory/units/no-such-unit", { name: "x" })).status).toBe(404);
    expect(await directoryAuditCount()).toBe(before);
  });

  it("is for admins only", async () => {
    const operator = await login(ts, ts.directory.operator.email);
    const reviewer = await login(ts, ts.directory.reviewers.first.email);
    for (const client of [operator, reviewer]) {
      expect((await client.get("/api/directory/units")).status).toBe(403);
      expect((await client.post("/api/directory/units", { name: "越权单位" })).status).toBe(403);
      expect((await client.get("/api/directory/people")).status).toBe(403);
      expect((await client.get("/api/review-chains/filing")).status).toBe(403);
      expect((await client.put(`/api/review-chains/filing/${registryId}`, { stages: { first: [ts.directory.reviewers.first.personId] } })).status).toBe(403);
    }
    expect((await new HttpClient(ts.system.app).get("/api/directory/units")).status).toBe(401);
  });
});

describe("people", () => {
  it("keeps emails unique regardless of case; lists people by unit", async () => {
    const unit = await dir.unit("人员测试局", registryId);
    const email = `Zhang.${randomUUID().slice(0, 6)}@Test.gov.cn`;
    const created = await admin.post("/api/directory/people", { name: "张三", email, phone: "13800000009", unitId: unit.unitId, roles: ["operator"], canActForSubUnits: true });
    expect(created.status).toBe(201);
    expect(((await created.json()) as { person: Person }).person).toMatchObject({ email: email.toLowerCase(), canActForSubUnits: true, active: true });

    const clash = await admin.post("/api/directory/people", { name: "张三三", email: email.toUpperCase(), unitId: unit.unitId, roles: ["reviewer"] });
    expect(clash.status).toBe(400);
    expect(await clash.json()).toMatchObject({ error: { fields: [{ field: "email", code: "EMAIL_TAKEN", message: "该邮箱已被其他人员使用" }] } });
    const noRole = await admin.post("/api/directory/people", { name: "李四", email: `li-${randomUUID().slice(0, 6)}@test.gov.cn`, unitId: unit.unitId, roles: [] });
    expect(noRole.status).toBe(400);

    const people = (await (await admin.get(`/api/directory/people?unitId=${unit.unitId}`)).json()) as { items: Person[] };
    expect(people.items.map((p) => p.name)).toEqual(["张三"]);
    expect((await admin.get("/api/directory/people?unitId=no-such-unit")).status).toBe(404);
  });

  it("a deactivated person keeps their record but can no longer sign in; their session stops working", async () => {
    const unit = await dir.unit("停用测试局", registryId);
    const person = await dir.person("赵停", unit.unitId, ["operator"]);
    const client = await login(ts, person.email);
    expect((await client.get("/api/me")).status).toBe(200);

    const off = await admin.post(`/api/directory/people/${person.personId}/deactivate`, {});
    expect(off.status).toBe(200);
    expect((await client.get("/api/me")).status).toBe(401);
    expect(await ts.system.stores.directory.getPerson(person.personId)).toMatchObject({ name: "赵停", active: false });
    expect((await ts.system.stores.directory.listDirectoryAudit()).at(-1)).toMatchObject({ action: "person_deactivated", actorName: ts.directory.admin.name });
    expect((await admin.post("/api/directory/people/no-such-person/deactivate", {})).status).toBe(404);
  });
});

describe("review chains", () => {
  it("several 初审 reviewers each get their own link; the first decision wins and the other link says who decided", async () => {
    const { unit, client } = await unitWithOperator();
    const a = await dir.person("初审甲", registryId, ["reviewer"]);
    const b = await dir.person("初审乙", registryId, ["reviewer"]);
    await dir.override(unit.unitId, { first: [a.personId, b.personId] });

    const { filing, name } = await submit(client);
    const linkA = await reviewLink(ts.mail, a.email, "first", name);
    const linkB = await reviewLink(ts.mail, b.email, "first", name);
    expect(linkA).not.toBe(linkB);

    expect((await new HttpClient(ts.system.app).postForm(linkB, decisionForm("first", "approve"))).status).toBe(200);
    const other = new HttpClient(ts.system.app);
    const page = await other.get(linkA);
    expect(page.status).toBe(409);
    expect(await page.text()).toContain("已由初审乙处理");
    const late = await other.postForm(linkA, decisionForm("first", "reject", "不同意"));
    expect(late.status).toBe(409);
    expect(await late.text()).toContain("已由初审乙处理");

    const decided = (await ts.system.stores.audit.listAudit(filing.filingId)).filter((r) => r.action === "review_decided");
    expect(decided.map((r) => r.actorName)).toEqual(["初审乙"]);
    expect(await ts.system.stores.reviews.getTask(filing.filingId, 1, "first")).toMatchObject({ status: "decided", reviewerId: b.personId });
  });

  it("the nearest override wins per stage; stages it does not name come from above", async () => {
    const parent = await dir.unit("上级局", registryId);
    const child = await dir.unit("下属中心", parent.unitId);
    const operator = await dir.person("钱操作", child.unitId, ["operator"]);
    const parentFirst = await dir.person("上级初审", registryId, ["reviewer"]);
    const childSecond = await dir.person("下属复审", registryId, ["reviewer"]);
    await dir.override(parent.unitId, { first: [parentFirst.personId], second: [ts.directory.backups.second.personId] });
    await dir.override(child.unitId, { second: [childSecond.personId] });

    const resolved = await ts.system.services.chains.resolve("filing", child.unitId);
    expect(resolved.stages).toEqual({ first: [parentFirst.personId], second: [childSecond.personId], final: [ts.directory.reviewers.final.personId, ts.directory.backups.final.personId] });
    expect(resolved.sources).toEqual({ first: parent.unitId, second: child.unitId, final: "default" });

    const chains = (await (await admin.get("/api/review-chains/filing")).json()) as { overrides: { scope: string }[] };
    expect(chains.overrides.map((c) => c.scope)).toEqual(expect.arrayContaining([parent.unitId, child.unitId]));
    const { name } = await submit(await login(ts, operator.email));
    await reviewLink(ts.mail, parentFirst.email, "first", name);
  });

  it("changing a chain affects new rounds only: a round keeps the chain it started with", async () => {
    const { unit, client } = await unitWithOperator();
    const first = await dir.person("初审丙", registryId, ["reviewer"]);
    const oldSecond = await dir.person("旧复审", registryId, ["reviewer"]);
    const newSecond = await dir.person("新复审", registryId, ["reviewer"]);
    await dir.override(unit.unitId, { first: [first.personId], second: [oldSecond.personId] });

    const started = await submit(client);
    await reviewLink(ts.mail, first.email, "first", started.name);
    await dir.override(unit.unitId, { first: [first.personId], second: [newSecond.personId] });
    await decide(ts, started.name, "first", "approve", { reviewerEmail: first.email });
    await reviewLink(ts.mail, oldSecond.email, "second", started.name);
    expect((await ts.system.stores.reviews.getTask(started.filing.filingId, 1, "second"))?.assignees?.map((a) => a.personId)).toEqual([oldSecond.personId]);

    const later = await submit(client, filingInput({ platform: "weibo" }));
    await decide(ts, later.name, "first", "approve", { reviewerEmail: first.email });
    await reviewLink(ts.mail, newSecond.email, "second", later.name);
    expect((await ts.mail.to(newSecond.email)).some((m) => m.subject.includes(started.name))).toBe(false);
    expect((await ts.system.stores.directory.listDirectoryAudit()).filter((r) => r.action === "review_chain_set" && r.details.scope === unit.unitId)).toHaveLength(2);
  });

  it("a deactivated reviewer is not picked, and links already sent to them stop working", async () => {
    const { unit, client } = await unitWithOperator();
    const leaving = await dir.person("将离任", registryId, ["reviewer"]);
    const staying = await dir.person("在任", registryId, ["reviewer"]);
    await dir.override(unit.unitId, { first: [leaving.personId, staying.personId] });

    const before = await submit(client);
    const leavingLink = await reviewLink(ts.mail, leaving.email, "first", before.name);
    expect((await admin.post(`/api/directory/people/${leaving.personId}/deactivate`, {})).status).toBe(200);
    const dead = await new HttpClient(ts.system.app).postForm(leavingLink, decisionForm("first", "approve"));
    expect(dead.status).toBe(410);
    expect(await dead.text()).toContain("账号已停用");
    expect((await ts.system.stores.reviews.getTask(before.filing.filingId, 1, "first"))?.status).toBe("pending");

    const after = await submit(client, filingInput({ platform: "douyin" }));
    await reviewLink(ts.mail, staying.email, "first", after.name);
    expect((await ts.system.stores.reviews.getTask(after.filing.filingId, 1, "first"))?.assignees?.map((a) => a.personId)).toEqual([staying.personId]);
    expect((await ts.mail.to(leaving.email)).some((m) => m.subject.includes(after.name))).toBe(false);
  });

  it("validates chains: reviewers must be active reviewers, the default needs every stage, unknown kinds and units are 404", async () => {
    const operator = ts.directory.operator;
    const notReviewer = await admin.put(`/api/review-chains/filing/${registryId}`, { stages: { first: [operator.personId] } });
    expect(notReviewer.status).toBe(400);
    expect(await notReviewer.json()).toMatchObject({ error: { fields: [{ field: "stages.first", code: "NOT_A_REVIEWER" }] } });
    const partialDefault = await admin.put("/api/review-chains/filing/default", { stages: { first: [ts.directory.reviewers.first.personId] } });
    expect(partialDefault.status).toBe(400);
    expect((await admin.put("/api/review-chains/filing/no-such-unit", { stages: { first: [ts.directory.reviewers.first.personId] } })).status).toBe(404);
    expect((await admin.get("/api/review-chains/nonsense")).status).toBe(404);
    expect((await admin.request("DELETE", "/api/review-chains/filing/no-such-unit")).status).toBe(404);
    expect((await ts.system.stores.chains.listChains("filing")).find((c) => c.scope === "default")?.stages.second).toEqual([ts.directory.reviewers.second.personId, ts.directory.backups.second.personId]);
  });
});
