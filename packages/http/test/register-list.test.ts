import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AccountHistoryEntry } from "@beian/core";
import { filingInput } from "../../../test/support/fixtures.js";
import { decide, login } from "../../../test/support/flow.js";
import type { HttpClient } from "../../../test/support/http-client.js";
import { importAccounts, importRow, listRegister, setAccountStatus } from "../../../test/support/register.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

let ts: TestSystem;
let admin: HttpClient;

beforeAll(async () => {
  ts = await startTestSystem();
  admin = await login(ts, ts.directory.admin.email);
});
afterAll(() => ts.system.stop());

/** A county office → a department → a school, and a separate office; fresh ids per call. */
async function unitTree() {
  const tag = randomUUID().slice(0, 8);
  const ids = { root: `county-${tag}`, dept: `dept-${tag}`, school: `school-${tag}`, other: `office-${tag}` };
  await ts.system.stores.seeding.seedUnit({ unitId: ids.root, name: `清河县${tag}` });
  await ts.system.stores.seeding.seedUnit({ unitId: ids.dept, name: "清河县教育局", parentId: ids.root });
  await ts.system.stores.seeding.seedUnit({ unitId: ids.school, name: "清河县第一中学", parentId: ids.dept });
  await ts.system.stores.seeding.seedUnit({ unitId: ids.other, name: "清河县文化馆", parentId: ids.root });
  return ids;
}

const names = (items: { accountName: string }[]) => items.map((i) => i.accountName).sort();

describe("备案登记: list, search, filters, pages", () => {
  it("filters by unit with or without sub-units, platform, status and text; pages by opaque cursors", async () => {
    const u = await unitTree();
    const tag = randomUUID().slice(0, 6);
    const rows = [
      importRow(u.dept, { 账号名称: `教育发布${tag}`, 备案日期: "2024-01-01" }),
      importRow(u.dept, { 账号名称: `教育招生${tag}`, 平台类型: "微博", 平台账号或网址: `https://weibo.com/u/${tag}1/`, 备案日期: "2024-01-02" }),
      importRow(u.dept, { 账号名称: `教育资助${tag}`, 同平台多账号理由: "资助中心单独运营", 备案日期: "2024-01-03" }),
      importRow(u.school, { 账号名称: `一中之声${tag}`, 平台类型: "抖音", 备案日期: "2024-01-04" }),
      importRow(u.other, { 账号名称: `文化清河${tag}`, 备案日期: "2024-01-05" }),
    ];
    const created = await importAccounts(admin, rows);

    expect((await listRegister(admin, { unitId: u.dept })).items).toHaveLength(4);
    expect(names((await listRegister(admin, { unitId: u.dept, subUnits: "0" })).items)).toEqual(names(rows.slice(0, 3).map((r) => ({ accountName: r.账号名称 }))));
    expect((await listRegister(admin, { unitId: u.root })).items).toHaveLength(5);
    expect((await listRegister(admin, { unitId: u.root, platform: "wechat" })).items).toHaveLength(3);
    expect((await listRegister(admin, { unitId: u.school, platform: "wechat" })).items).toHaveLength(0);

    await setAccountStatus(ts.system.stores, created[0].accountId, "suspended");
    const suspended = await listRegister(admin, { unitId: u.root, status: "suspended" });
    expect(suspended.items.map((i) => i.accountId)).toEqual([created[0].accountId]);
    expect((await listRegister(admin, { unitId: u.root, status: "filed" })).items).toHaveLength(4);
    expect((await listRegister(admin, { status: "suspended", platform: "wechat" })).items.map((i) => i.accountId)).toContain(created[0].accountId);

    // Text: a name prefix, a URL typed differently from how it was filed, a filing number.
    expect(names((await listRegister(admin, { q: "教育" })).items.filter((i) => i.accountName.endsWith(tag)))).toHaveLength(3);
    expect((await listRegister(admin, { q: `教育招生${tag}` })).items.map((i) => i.accountId)).toEqual([created[1].accountId]);
    expect((await listRegister(admin, { q: `HTTP://WWW.Weibo.com/u/${tag}1` })).items.map((i) => i.accountId)).toEqual([created[1].accountId]);
    expect((await listRegister(admin, { q: created[3].filingNumber })).items.map((i) => i.accountId)).toEqual([created[3].accountId]);
    expect((await listRegister(admin, { q: "教育", unitId: u.school })).items.filter((i) => i.accountName.endsWith(tag))).toHaveLength(0);
    expect((await listRegister(admin, { q: "教育", status: "suspended" })).items.map((i) => i.accountId)).toContain(created[0].accountId);

    // Pages of two, newest filed first, each cursor continuing where the last page ended.
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listRegister(admin, { unitId: u.root, limit: "2", ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((i) => i.accountId));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...created].reverse().map((c) => c.accountId));

    // Text results page the same way (one search key range, continued after the cursor).
    const found: string[] = [];
    cursor = undefined;
    do {
      const page = await listRegister(admin, { q: "教育", unitId: u.root, limit: "1", ...(cursor ? { cursor } : {}) });
      found.push(...page.items.map((i) => i.accountId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(found.sort()).toEqual(created.slice(0, 3).map((c) => c.accountId).sort());

    const unitNames = (await listRegister(admin, { unitId: u.school })).items.map((i) => i.unitName);
    expect(unitNames).toEqual(["清河县第一中学"]);
  });

  it("refuses a forged cursor and bad filters with Chinese field errors", async () => {
    const forged = await admin.get("/api/register?cursor=not-a-cursor");
    expect(forged.status).toBe(400);
    expect(JSON.stringify(await forged.json())).toContain("INVALID_CURSOR");
    const bad = await admin.get("/api/register?platform=myspace&limit=1000");
    expect(bad.status).toBe(400);
    const { error } = (await bad.json()) as { error: { fields: { field: string; message: string }[] } };
    expect(error.fields.map((f) => f.field).sort()).toEqual(["limit", "platform"]);
    expect(error.fields.every((f) => /[\u4e00-\u9fa5]/.test(f.message))).toBe(true);
  });
});

describe("who sees which accounts", () => {
  it("an operator sees only their unit; with 可代下级单位操作 its sub-units too; reviewers and strangers nothing", async () => {
    const { unitId, otherUnitId, operator: op } = ts.directory;
    const subUnit = `sub-${randomUUID().slice(0, 8)}`;
    await ts.system.stores.seeding.seedUnit({ unitId: subUnit, name: "清河县实验小学", parentId: unitId });
    const [own, sub, other] = await importAccounts(admin, [importRow(unitId), importRow(subUnit), importRow(otherUnitId)]);

    const operator = await login(ts, op.email);
    const mine = (await listRegister(operator, {})).items.map((i) => i.accountId);
    expect(mine).toContain(own.accountId);
    expect(mine).not.toContain(sub.accountId);
    expect(mine).not.toContain(other.accountId);
    const outside = await operator.get(`/api/register?unitId=${otherUnitId}`);
    expect(outside.status).toBe(403);
    expect(((await outside.json()) as { error: { code: string } }).error.code).toBe("UNIT_OUT_OF_SCOPE");
    expect((await operator.get(`/api/register/accounts/${other.accountId}`)).status).toBe(404);
    expect((await operator.get(`/api/register/accounts/${sub.accountId}`)).status).toBe(404);
    expect((await operator.get(`/api/register/accounts/${own.accountId}`)).status).toBe(200);
    const exported = await (await operator.get("/api/register/export.csv")).text();
    expect(exported).toContain(own.filingNumber);
    expect(exported).not.toContain(other.filingNumber);

    const tag = randomUUID().slice(0, 8);
    const lead = { personId: `lead-${tag}`, name: "赵强", email: `lead-${tag}@test.gov.cn`, unitId, roles: ["operator" as const], active: true, canActForSubUnits: true };
    await ts.system.stores.seeding.seedPerson(lead);
    const withSubUnits = await login(ts, lead.email);
    const wider = (await listRegister(withSubUnits, {})).items.map((i) => i.accountId);
    expect(wider).toEqual(expect.arrayContaining([own.accountId, sub.accountId]));
    expect(wider).not.toContain(other.accountId);
    expect((await withSubUnits.get(`/api/register/accounts/${sub.accountId}`)).status).toBe(200);

    const reviewer = await login(ts, ts.directory.reviewers.first.email);
    expect((await reviewer.get("/api/register")).status).toBe(403);
    expect((await reviewer.get(`/api/register/accounts/${own.accountId}`)).status).toBe(403);
    const { HttpClient } = await import("../../../test/support/http-client.js");
    expect((await new HttpClient(ts.system.app).get("/api/register")).status).toBe(401);
  });
});

describe("an account's page", () => {
  it("shows the current data and the whole history (filing, decisions, suspension) newest first, chain verified", async () => {
    const operator = await login(ts, ts.directory.operator.email);
    const body = filingInput({ platform: "toutiao" });
    expect((await operator.post("/api/filings", body)).status).toBe(201);
    await decide(ts, body.accountName, "first", "approve");
    await decide(ts, body.accountName, "second", "approve");
    await decide(ts, body.accountName, "final", "approve");
    await ts.mail.waitFor(ts.directory.operator.email, `备案已备案：${body.accountName}`);
    const [item] = (await listRegister(admin, { q: body.accountName })).items;
    await setAccountStatus(ts.system.stores, item.accountId, "suspended", "年度检查未通过");

    const response = await admin.get(`/api/register/accounts/${item.accountId}`);
    expect(response.status).toBe(200);
    const page = (await response.json()) as { account: { status: string; data: { accountName: string }; unitName: string }; history: AccountHistoryEntry[]; chain: { ok: boolean; count: number } };
    expect(page.account).toMatchObject({ status: "suspended", unitName: "清河县教育局", data: { accountName: body.accountName } });
    expect(page.chain).toEqual(expect.objectContaining({ ok: true, count: 2 }));
    expect(page.history[0]).toMatchObject({ source: "account", action: "account_suspended", details: { reason: "年度检查未通过" } });
    const actions = page.history.map((h) => h.action);
    expect(actions).toEqual(expect.arrayContaining(["account_filed", "filing_submitted", "review_decided"]));
    expect(actions.filter((a) => a === "review_decided")).toHaveLength(3);
    expect(actions.at(-1)).toBe("filing_submitted");
    const times = page.history.map((h) => h.at);
    expect([...times].sort().reverse()).toEqual(times);
  });
});
