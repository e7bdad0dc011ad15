import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { monthLabel, monthOf, type Account, type Dashboard, type Filing, type FilingInput, type Platform, type ReportPage, type ReportTable } from "@beian/core";
import { filingInput } from "../../../test/support/fixtures.js";
import { decide, login } from "../../../test/support/flow.js";
import { HttpClient } from "../../../test/support/http-client.js";
import { json, table } from "../../../test/support/report-reading.js";
import { importAccounts, importRow, setAccountStatus } from "../../../test/support/register.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

/**
 * One mixed workload — imports, filings approved, rejected, returned and left pending, an approved
 * change that opens a credential task, a suspension and a cancellation — then every report read
 * over HTTP with exact numbers, by role and unit, and the recount finding nothing to correct.
 */
let ts: TestSystem;
let admin: HttpClient;
let operator: HttpClient;
let otherOperator: HttpClient;
let reviewer: HttpClient;
const month = monthOf(new Date().toISOString());

async function file(platform: Platform, overrides: Partial<FilingInput> = {}) {
  const body = filingInput({ platform, ...overrides });
  const response = await operator.post("/api/filings", body);
  expect(response.status).toBe(201);
  return { name: body.accountName, filing: ((await response.json()) as { filing: Filing }).filing };
}

const row = (t: ReportTable, key: string, value: string) => t.rows.find((r) => r[key] === value);

beforeAll(async () => {
  ts = await startTestSystem();
  const { directory: dir } = ts;
  [admin, operator, otherOperator, reviewer] = await Promise.all([login(ts, dir.admin.email), login(ts, dir.operator.email), login(ts, dir.otherOperator.email), login(ts, dir.reviewers.first.email)]);

  const imported = await importAccounts(admin, [
    importRow(dir.unitId, { 平台类型: "微信公众号" }),
    importRow(dir.unitId, { 平台类型: "微博" }),
    importRow(dir.unitId, { 平台类型: "抖音" }),
    importRow(dir.otherUnitId, { 平台类型: "微信公众号" }),
  ]);
  const [wechat, weibo, , otherWechat] = imported.map((a) => a.accountId);

  const approved = await file("kuaishou");
  for (const stage of ["first", "second", "final"] as const) await decide(ts, approved.name, stage, "approve");
  await ts.mail.waitFor(dir.operator.email, `备案已备案：${approved.name}`);

  const rejected = await file("toutiao");
  await decide(ts, rejected.name, "first", "reject", { comment: "不符合要求" });
  await ts.mail.waitFor(dir.operator.email, `备案未通过：${rejected.name}`);

  const returned = await file("bilibili");
  await decide(ts, returned.name, "first", "approve");
  await decide(ts, returned.name, "second", "return", { comment: "请补充" });
  await ts.mail.waitFor(dir.operator.email, `备案已退回修改：${returned.name}`);

  const account = (await ts.system.stores.accounts.getAccount(wechat)) as Account;
  const data = { ...account.data, accountName: `${account.accountName}变更`, administrators: account.data.administrators.slice(0, 1) };
  expect((await operator.post(`/api/accounts/${wechat}/changes`, { data, reason: "管理人员调岗" })).status).toBe(201);
  for (const stage of ["first", "second", "final"] as const) await decide(ts, data.accountName, stage, "approve");
  await ts.mail.waitFor(dir.operator.email, `请更换密码并解绑设备：${data.accountName}`);

  expect((await admin.post(`/api/accounts/${weibo}/suspend`, { reason: "内容长期未更新" })).status).toBe(200);
  await setAccountStatus(ts.system.stores, otherWechat, "cancelled", "机构撤并");

  const pending = await file("xiaohongshu");
  await ts.mail.waitFor(dir.reviewers.first.email, `待初审：${pending.name}（`);

  await ts.system.figureStream.drain();
}, 240_000);
afterAll(() => ts.system.stop());

describe("the figures kept from the table's stream", () => {
  it("match a recount from the source items exactly, and a change applied twice counts once", async () => {
    const { figureRecount, figureKeeper } = ts.system.services;
    const clean = await figureRecount.run();
    expect(clean.differences.map((d) => `${d.set}|${d.period}|${d.key.join("/")}: ${d.stored} → ${d.expected}`)).toEqual([]);
    expect(clean.itemsRead).toBeGreaterThan(20);

    const account = (await ts.system.stores.accounts.getAccount((await ts.system.stores.register.listAccounts({ limit: 1 })).accounts[0].accountId))!;
    expect(await figureKeeper.keep({ changeId: "replayed-1", entity: "account", new: account })).toBe("applied");
    expect(await figureKeeper.keep({ changeId: "replayed-1", entity: "account", new: account })).toBe("repeated");
    const off = await figureRecount.run();
    expect((await figureRecount.run({ repair: true })).repaired).toBe(true);
    // Kept at every roll-up level (per unit and platform, per unit, per platform, in all), each one too many.
    expect(off.differences.map((d) => [d.set, d.key[0], d.stored - d.expected])).toEqual(
      expect.arrayContaining([
        ["accounts", "UP", 1],
        ["accounts", "U", 1],
        ["accounts", "P", 1],
        ["accounts", "A", 1],
      ]),
    );
    expect(off.differences.find((d) => d.set === "accounts" && d.key[0] === "UP")).toMatchObject({ key: ["UP", account.unitId, account.platform, account.status], expected: 1, stored: 2 });
    expect(off.differences.every((d) => d.stored - d.expected === 1)).toBe(true);
    expect((await figureRecount.run()).differences).toEqual([]);
  });
});

describe("备案登记统计", () => {
  it("counts accounts by platform × status and by unit with sub-units rolled up, and opened / changed / cancelled per month", async () => {
    const page = await json<ReportPage>(admin, `/api/reports/register?from=${month}&to=${month}`);
    const byPlatform = table(page, "register.byPlatform");
    expect(byPlatform.rows).toEqual([
      { platform: "微信公众号", filed: 1, suspended: 0, cancelled: 1, total: 2 },
      { platform: "微博", filed: 0, suspended: 1, cancelled: 0, total: 1 },
      { platform: "抖音", filed: 1, suspended: 0, cancelled: 0, total: 1 },
      { platform: "快手", filed: 1, suspended: 0, cancelled: 0, total: 1 },
    ]);
    const byUnit = table(page, "register.byUnit");
    expect(byUnit.rows.map((r) => [r.unit, r.filed, r.suspended, r.cancelled, r.filedTotal, r.total])).toEqual([
      ["县委网信办", 0, 0, 0, 3, 5],
      ["清河县教育局", 3, 1, 0, 3, 4],
      ["清河县文化和旅游局", 0, 0, 1, 0, 1],
    ]);
    expect(table(page, "register.monthly").rows).toEqual([{ month: monthLabel(month), opened: 5, changed: 1, cancelled: 1 }]);
  });

  it("narrows to a platform, and to a unit without its sub-units", async () => {
    const wechat = await json<ReportPage>(admin, `/api/reports/register?from=${month}&to=${month}&platform=wechat`);
    expect(table(wechat, "register.monthly").rows[0]).toMatchObject({ opened: 2, changed: 1, cancelled: 1 });
    const own = await json<ReportPage>(admin, `/api/reports/register?from=${month}&to=${month}&unitId=${ts.directory.unitId}&subUnits=0`);
    expect(table(own, "register.byUnit").rows.map((r) => r.unit)).toEqual(["清河县教育局"]);
  });
});

describe("审核统计", () => {
  it("counts submitted, approved, returned and rejected per month, waits per stage and reviewer, and what is pending now", async () => {
    const page = await json<ReportPage>(admin, `/api/reports/reviews?from=${month}&to=${month}`);
    expect(table(page, "reviews.filing.monthly").rows).toEqual([{ month: monthLabel(month), submitted: 5, approved: 2, returned: 1, rejected: 1, expired: 0 }]);
    const waits = table(page, "reviews.filing.stageWaits");
    expect(waits.rows.map((r) => [r.stage, r.decided, r.p50, r.p90])).toEqual([
      ["初审", 4, "≤ 1 小时", "≤ 1 小时"],
      ["复审", 3, "≤ 1 小时", "≤ 1 小时"],
      ["终审", 2, "≤ 1 小时", "≤ 1 小时"],
    ]);
    const reviewers = table(page, "reviews.filing.reviewers");
    expect(reviewers.rows.map((r) => [r.reviewer, r.decided])).toEqual([
      ["赵磊", 4],
      ["孙丽", 3],
      ["钱伟", 2],
    ]);
    expect(table(page, "reviews.filing.pending").rows.map((r) => [r.stage, r.pending, r.overdue])).toEqual([
      ["初审", 1, 0],
      ["复审", 0, 0],
      ["终审", 0, 0],
    ]);
  });
});

describe("单位排名", () => {
  it("ranks units by the stated formula", async () => {
    const page = await json<ReportPage>(admin, `/api/reports/rankings?from=${month}&to=${month}`);
    expect(page.notes?.[0]).toContain("得分 = 100 − 各项扣分之和");
    expect(page.notes).toHaveLength(8);
    expect(table(page, "rankings.units").rows).toEqual([
      { rank: 1, unit: "清河县文化和旅游局", score: 100, returned: 0, rejected: 0, turnaround: 0, credentials: 0, completeness: 0, updates: 0, inspection: 0 },
      { rank: 2, unit: "清河县教育局", score: 87, returned: 2, rejected: 5, turnaround: 0, credentials: 0, completeness: 6, updates: 0, inspection: 0 },
    ]);
  });
});

describe("工作台", () => {
  it("gives the registry office the figures, charts with tables and what needs doing now", async () => {
    const board = await json<Dashboard>(admin, "/api/reports/dashboard");
    expect(Object.fromEntries(board.cards.map((c) => [c.id, c.value]))).toEqual({ filed: 3, suspended: 1, opened: 5, pending: 1, overdue: 0, credentialOverdue: 0, updateViolations: 0, updateWarnings: 0, draftsInReview: 0, draftsReturned: 0, inspectionProgress: 0, inspectionSuspended: 0 });
    expect(board.charts.map((c) => c.id)).toEqual(["dashboard.platformMix", "dashboard.trend", "dashboard.stageWaits", "dashboard.ranking"]);
    expect(table(board, "dashboard.platformMix").rows).toEqual([
      { platform: "微信公众号", filed: 1 },
      { platform: "抖音", filed: 1 },
      { platform: "快手", filed: 1 },
    ]);
    expect(table(board, "dashboard.trend").rows).toHaveLength(12);
    expect(row(table(board, "dashboard.trend"), "month", monthLabel(month))).toEqual({ month: monthLabel(month), opened: 5, changed: 1, cancelled: 1, submitted: 5 });
    expect(board.actions.map((a) => [a.id, a.items.length])).toEqual([
      ["overdueReviews", 0],
      ["overdueCredentialTasks", 0],
      ["stuckReviews", 0],
      ["updateAlerts", 0],
      ["inspectionDue", 0],
    ]);
  });

  it("gives an operator their unit's view only", async () => {
    const board = await json<Dashboard>(operator, "/api/reports/dashboard");
    expect(board.scope).toEqual({ all: false, unitNames: ["清河县教育局"] });
    expect(Object.fromEntries(board.cards.map((c) => [c.id, c.value]))).toEqual({ filed: 3, suspended: 1, opened: 4, pending: 1, overdue: 0, credentialOverdue: 0, updateViolations: 0, updateWarnings: 0, draftsInReview: 0, draftsReturned: 0, inspectionProgress: 0, inspectionSuspended: 0 });
    expect(board.charts.map((c) => c.id)).not.toContain("dashboard.ranking");
    expect(board.actions.map((a) => a.id)).not.toContain("stuckReviews");
    const other = await json<Dashboard>(otherOperator, "/api/reports/dashboard");
    expect(Object.fromEntries(other.cards.map((c) => [c.id, c.value]))).toMatchObject({ filed: 0, opened: 1, pending: 0 });
  });
});

describe("access by role and unit", () => {
  it("refuses reviewers and strangers, and another unit's filter; an operator's reports hold only their unit", async () => {
    expect((await new HttpClient(ts.system.app).get("/api/reports/register")).status).toBe(401);
    expect((await reviewer.get("/api/reports/register")).status).toBe(403);
    expect((await reviewer.get("/api/reports/dashboard")).status).toBe(403);
    expect((await otherOperator.get(`/api/reports/register?unitId=${ts.directory.unitId}`)).status).toBe(403);
    const own = await json<ReportPage>(operator, `/api/reports/register?from=${month}&to=${month}`);
    expect(table(own, "register.byUnit").rows.map((r) => r.unit)).toEqual(["清河县教育局"]);
    expect(table(own, "register.monthly").rows[0]).toMatchObject({ opened: 4, changed: 1, cancelled: 0 });
  });

  it("answers bad filters with Chinese field errors, never a 500", async () => {
    for (const query of ["from=2026-13", "from=2026-05&to=2026-01", "from=2020-01&to=2026-01", "platform=myspace", "bogus=1", "unitId=no-such-unit"]) {
      const response = await admin.get(`/api/reports/register?${query}`);
      expect([400, 404], query).toContain(response.status);
      const body = (await response.json()) as { error: { message: string } };
      expect(body.error.message, query).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await admin.get("/api/reports/no-such-report")).status).toBe(404);
    expect((await admin.get("/api/reports/export.csv?table=register.nothing")).status).toBe(404);
    expect((await admin.get("/api/reports/export.csv")).status).toBe(400);
  });
});

describe("exports", () => {
  it("writes any table as CSV (BOM, Chinese headers) and XLSX", async () => {
    const csv = await admin.get(`/api/reports/export.csv?table=register.monthly&from=${month}&to=${month}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toContain("filename*=UTF-8''");
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.arrayBuffer())).toBe(`\uFEFF月份,开设,变更,注销\r\n${monthLabel(month)},5,1,1\r\n`);
    const xlsx = await admin.get("/api/reports/export.xlsx?table=dashboard.platformMix");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
    expect(book.worksheets[0].getRow(1).values).toEqual([undefined, "平台类型", "已备案账号"]);
    expect(book.worksheets[0].rowCount).toBe(4);
  });

  it("writes the 年度统计表 with one row per account in the register during the year, scoped by unit", async () => {
    const year = month.slice(0, 4);
    const read = async (client: HttpClient) => {
      const response = await client.get(`/api/reports/annual.xlsx?year=${year}`);
      expect(response.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
      return book.worksheets[0];
    };
    const sheet = await read(admin);
    expect(sheet.getRow(1).getCell(1).value).toBe(`政务新媒体年度统计表（${year}年度）`);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(["序号", "账号名称", "平台类型", "平台账号或网址", "主办单位", "备案编号", "状态", "备案日期", "注销日期", "发布数", "原创数", "更新违规次数", "年检结果"]);
    expect(sheet.rowCount).toBe(2 + 5);
    expect((await read(operator)).rowCount).toBe(2 + 4);
    expect((await read(otherOperator)).rowCount).toBe(2 + 1);
  });
});
