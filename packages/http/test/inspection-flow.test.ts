import type { Account, AuditRecord, Campaign, PublicAccount, RegisterPage, ReportRow, UnitProgress } from "@beian/core";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filedAccounts } from "../../../test/support/content.js";
import { login } from "../../../test/support/flow.js";
import type { HttpClient } from "../../../test/support/http-client.js";
import { decideReport, openCampaign, reportAnswers } from "../../../test/support/inspection.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

const DAY = 86_400_000;
// 09:00 in Beijing on 1 November 2026: the campaign's configured opening day.
const T0 = Date.parse("2026-11-01T01:00:00Z");
let now = T0;
/** Moves the clock to 09:00 Beijing of a day; sessions from before it have expired, so everyone signs in again. */
async function onDay(date: string) {
  now = Date.parse(`${date}T01:00:00Z`);
  [admin, operator, otherOperator] = await Promise.all([login(ts, ts.directory.admin.email), login(ts, ts.directory.operator.email), login(ts, ts.directory.otherOperator.email)]);
}

let ts: TestSystem;
let admin: HttpClient;
let operator: HttpClient;
let otherOperator: HttpClient;
let accounts: Account[];
let otherAccount: Account;

const reportId = (account: Account) => `2026-${account.accountId}`;
const json = async <T>(response: Response, status = 200): Promise<T> => {
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(status);
  return body as T;
};
const sweep = () => ts.system.services.inspection.sweep.run();
const mails = async (email: string, part: string) => (await ts.mail.to(email)).filter((m) => m.subject.includes(part));
const accountOf = async (account: Account) => (await ts.system.stores.accounts.getAccount(account.accountId))!;
const chainOf = async (account: Account) => (await ts.system.stores.audit.listAudit(account.accountId)).map((r: AuditRecord) => r.action);
const submit = (account: Account, answers: unknown = reportAnswers()) => operator.post(`/api/inspection/reports/${reportId(account)}/submit`, answers);

/** Approves every stage; `firstNth` counts the 初审 mails about the account (a returned round sends another). */
async function approveAll(account: Account, score: { vetoes?: string[]; deductions?: Record<string, number> }, firstNth = 1) {
  await decideReport(ts, account.accountName, "first", "approve", { nth: firstNth, score });
  for (const stage of ["second", "final"] as const) await decideReport(ts, account.accountName, stage, "approve", { score });
}

beforeAll(async () => {
  ts = await startTestSystem({ clock: { now: () => new Date(now) } });
  const ids = await filedAccounts(ts, 4);
  const [otherId] = await filedAccounts(ts, 1, ts.directory.otherUnitId);
  accounts = await Promise.all(ids.map((id) => ts.system.stores.accounts.getAccount(id).then((a) => a!)));
  otherAccount = (await ts.system.stores.accounts.getAccount(otherId))!;
  admin = await login(ts, ts.directory.admin.email);
  operator = await login(ts, ts.directory.operator.email);
  otherOperator = await login(ts, ts.directory.otherOperator.email);
  // One post outside the system on the first account: the report's figures count it.
  now = T0 - 3 * DAY;
  expect((await operator.post("/api/content/manual-publications", { accountId: accounts[0].accountId, title: "秋季招生公告", publishedAt: new Date(now).toISOString() })).status).toBe(201);
  now = T0;
}, 120_000);
afterAll(() => ts.system.stop());

describe("年度检查 with a controlled clock", () => {
  it("opens the campaign: one report per filed account, one mail per unit listing its accounts; a second start creates nothing", async () => {
    const campaign = await openCampaign(ts, admin, 2026, "2026-11-30");
    expect(campaign.executionName).toBe("inspection-2026");
    const stored = (await ts.system.stores.inspection.getCampaign(2026))!;
    expect(stored).toMatchObject({ status: "open", reportCount: 5, unitCount: 2 });

    const own = await ts.system.stores.inspection.listUnitReports(2026, ts.directory.unitId, 100);
    expect(own.reports.map((r) => r.accountId).sort()).toEqual(accounts.map((a) => a.accountId).sort());
    const [notice] = await ts.mail.waitFor(ts.directory.operator.email, "2026 年度政务新媒体年度检查");
    expect(notice.subject).toContain("4 个账号");
    for (const account of accounts) expect(notice.text).toContain(account.accountName);
    expect(notice.text).not.toContain(otherAccount.accountName);
    await ts.mail.waitFor(ts.directory.otherOperator.email, "2026 年度政务新媒体年度检查");

    // Starting again: refused by the service, and an execution under another name does nothing.
    const again = await admin.post("/api/inspection/campaigns", { year: 2026, deadline: "2026-11-30" });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe("CAMPAIGN_EXISTS");
    await ts.system.inspectionEngine.start("inspection-2026-by-schedule", { trigger: "schedule", year: 2026 });
    expect(await ts.system.inspectionEngine.waitForExecution("inspection-2026-by-schedule")).toMatchObject({ status: "SUCCEEDED" });
    await ts.system.services.inspection.opening.run({ action: "notify", year: 2026 });
    expect((await ts.system.stores.inspection.listUnitReports(2026, ts.directory.unitId, 100)).reports).toHaveLength(4);
    expect(await mails(ts.directory.operator.email, "2026 年度政务新媒体年度检查")).toHaveLength(1);
    expect(await mails(ts.directory.otherOperator.email, "2026 年度政务新媒体年度检查")).toHaveLength(1);
  });

  it("shows the unit its reports with the figures the system knows; bad input is refused in Chinese and changes nothing", async () => {
    const list = await json<{ items: ReportRow[] }>(await operator.get("/api/inspection/reports"));
    expect(list.items).toHaveLength(4);
    expect(list.items.every((r) => r.editable && r.status === "pending" && r.deadline === "2026-11-30")).toBe(true);
    expect((await json<{ items: ReportRow[] }>(await otherOperator.get("/api/inspection/reports"))).items.map((r) => r.accountId)).toEqual([otherAccount.accountId]);
    expect((await otherOperator.get(`/api/inspection/reports/${reportId(accounts[0])}`)).status).toBe(404);

    const detail = await json<{ figures: { publications: { total: number; outside: number; byMonth: number[] }; account: { accountName: string } }; figuresLive: boolean; editable: boolean }>(
      await operator.get(`/api/inspection/reports/${reportId(accounts[0])}`),
    );
    expect(detail).toMatchObject({ figuresLive: true, editable: true });
    expect(detail.figures.account.accountName).toBe(accounts[0].accountName);
    expect(detail.figures.publications).toMatchObject({ total: 1, outside: 1 });
    expect(detail.figures.publications.byMonth[9]).toBe(1);

    const empty = await submit(accounts[0], {});
    expect(empty.status).toBe(400);
    const refused = (await empty.json()) as { error: { code: string; fields: { field: string; message: string }[] } };
    expect(refused.error.code).toBe("VALIDATION_FAILED");
    expect(refused.error.fields.map((f) => f.message)).toContain("互动情况为必填项");
    const inconsistent = await submit(accounts[0], reportAnswers({ interaction: { messagesReceived: 3, messagesAnswered: 5, averageReplyDays: 1, functionsWorking: true }, leader: { name: "李明", title: "副局长", confirmed: false, confirmedOn: "2026-11-31" } }));
    const fields = ((await inconsistent.json()) as { error: { fields: { field: string; code: string; message: string }[] } }).error.fields;
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "interaction.messagesAnswered", code: "MORE_THAN_RECEIVED", message: "已答复数不能多于收到的留言数" }),
        expect.objectContaining({ field: "leader.confirmed", code: "LEADER_NOT_CONFIRMED" }),
        expect.objectContaining({ field: "leader.confirmedOn", code: "INVALID_DATE" }),
      ]),
    );
    expect((await ts.system.stores.inspection.getReport(reportId(accounts[0])))?.status).toBe("pending");
    // A reviewer or another unit's operator cannot submit it.
    expect((await otherOperator.post(`/api/inspection/reports/${reportId(accounts[0])}/submit`, reportAnswers())).status).toBe(404);
  });

  it("approves one report 合格 through three emailed stages, scored against the indicators", async () => {
    await onDay("2026-11-10");
    expect((await submit(accounts[0])).status).toBe(200);
    const { html } = await decideReport(ts, accounts[0].accountName, "first", "approve", { score: { deductions: { timeliness: 5 } } });
    expect(html).toContain("系统数据与单位填报");
    expect(html).toContain("单项否决");
    expect(html).toContain("收到留言");
    const second = await decideReport(ts, accounts[0].accountName, "second", "approve", { score: { deductions: { timeliness: 5, wording: 3 } } });
    expect(second.html).toContain("初审评分：95 分，合格");
    await decideReport(ts, accounts[0].accountName, "final", "approve", { score: { deductions: { timeliness: 5, wording: 3 } } });
    await ts.mail.waitFor(ts.directory.operator.email, `年度检查结果：${accounts[0].accountName}（合格）`);
    const report = (await ts.system.stores.inspection.getReport(reportId(accounts[0])))!;
    expect(report).toMatchObject({ status: "approved", outcome: "inspected", result: "qualified", score: 92 });
    expect(report.figures?.publications.total).toBe(1);
    expect(await chainOf(accounts[0])).toContain("annual_inspection_passed");
    expect((await accountOf(accounts[0])).status).toBe("filed");
  });

  it("returns one report, which the unit corrects and resubmits for a second round", async () => {
    expect((await submit(accounts[1])).status).toBe(200);
    await decideReport(ts, accounts[1].accountName, "first", "return", { comment: "留言答复率数据与后台不符，请核实。" });
    await ts.mail.waitFor(ts.directory.operator.email, `年度报告被退回修改：${accounts[1].accountName}`);
    const returned = (await ts.system.stores.inspection.getReport(reportId(accounts[1])))!;
    expect(returned).toMatchObject({ status: "returned", outcome: "open", round: 1 });

    expect((await submit(accounts[1], reportAnswers({ interaction: { messagesReceived: 120, messagesAnswered: 110, averageReplyDays: 2, functionsWorking: true } }))).status).toBe(200);
    await approveAll(accounts[1], { deductions: { replies: 12 } }, 2);
    const report = (await ts.system.stores.inspection.getReport(reportId(accounts[1])))!;
    expect(report).toMatchObject({ status: "approved", round: 2, result: "qualified", score: 88, outcome: "inspected" });
    expect(report.answers?.interaction?.messagesAnswered).toBe(110);
  });

  it("suspends at once an account whose report is scored 不合格, and restores it when the rectification report passes", async () => {
    expect((await submit(accounts[2])).status).toBe(200);
    await approveAll(accounts[2], { vetoes: ["no-update"] });
    await ts.mail.waitFor(ts.directory.operator.email, `年度检查：${accounts[2].accountName} 已停用（年度检查考核不合格）`);
    expect((await accountOf(accounts[2])).status).toBe("suspended");
    const failed = (await ts.system.stores.inspection.getReport(reportId(accounts[2])))!;
    expect(failed).toMatchObject({ outcome: "suspended", result: "failed", suspendReason: "failed", graceUntil: "2026-12-10" });

    // The rectification must say what was done.
    const bare = await submit(accounts[2]);
    expect(bare.status).toBe(400);
    expect(((await bare.json()) as { error: { fields: { field: string }[] } }).error.fields[0].field).toBe("rectificationReport");
    expect((await submit(accounts[2], reportAnswers({ rectificationReport: "已恢复每周更新，补发 6 条政策解读，指定两名专职编辑。" }))).status).toBe(200);
    for (const stage of ["first", "second", "final"] as const) await decideReport(ts, accounts[2].accountName, stage, "approve", { nth: 2, score: {} });
    await ts.mail.waitFor(ts.directory.operator.email, `年度检查：${accounts[2].accountName} 整改通过，已恢复`);
    expect((await accountOf(accounts[2])).status).toBe("filed");
    expect(await ts.system.stores.inspection.getReport(reportId(accounts[2]))).toMatchObject({ outcome: "restored", result: "qualified", score: 100 });
  });

  it("reminds units 7 days and 1 day before their deadline, lets an admin extend one unit's (audited)", async () => {
    await onDay("2026-11-22");
    expect(await sweep()).toMatchObject({ reminded: 0 });
    const extended = await admin.put(`/api/inspection/campaigns/2026/units/${ts.directory.otherUnitId}/deadline`, { deadline: "2026-12-15", reason: "单位机构改革，延期报送" });
    expect((await json<{ unit: UnitProgress }>(extended)).unit.deadline).toBe("2026-12-15");
    expect((await admin.put(`/api/inspection/campaigns/2026/units/${ts.directory.otherUnitId}/deadline`, { deadline: "2026-12-01", reason: "x" })).status).toBe(400);
    const history = await json<{ records: AuditRecord[] }>(await admin.get("/api/inspection/campaigns/2026/history"));
    expect(history.records.at(-1)).toMatchObject({ action: "deadline_extended", details: { unitId: ts.directory.otherUnitId, from: "2026-11-30", to: "2026-12-15" } });

    await onDay("2026-11-23");
    expect(await sweep()).toMatchObject({ reminded: 1 });
    const [reminder] = await ts.mail.waitFor(ts.directory.operator.email, "年度检查提醒");
    expect(reminder.subject).toContain("尚有 1 份年度报告未提交");
    expect(reminder.text).toContain("距截止还有 7 天");
    expect(await sweep()).toMatchObject({ reminded: 0 });
    await onDay("2026-11-29");
    expect(await sweep()).toMatchObject({ reminded: 1 });
    expect(await mails(ts.directory.operator.email, "年度检查提醒")).toHaveLength(2);
    expect(await mails(ts.directory.otherOperator.email, "年度检查提醒")).toHaveLength(0);
  });

  it("suspends the account whose report is missing the day after the deadline, then cancels it when the grace period ends (注销公告)", async () => {
    await onDay("2026-12-01");
    expect(await sweep()).toMatchObject({ suspended: 1 });
    const [overdue] = await ts.mail.waitFor(ts.directory.operator.email, "年度检查逾期");
    expect(overdue.text).toContain(accounts[3].accountName);
    expect((await accountOf(accounts[3])).status).toBe("suspended");
    expect(await chainOf(accounts[3])).toContain("account_suspended");
    // The extended unit is not due yet.
    expect((await accountOf(otherAccount)).status).toBe("filed");
    expect(await sweep()).toMatchObject({ suspended: 0, reminded: 0 });
    // Past its deadline, the unit can no longer submit the annual report; it may file a rectification.
    expect((await operator.put(`/api/inspection/reports/${reportId(accounts[3])}`, { rectification: "草稿" })).status).toBe(200);

    const progress = await json<{ units: (UnitProgress & { unitName: string })[]; campaign: Campaign & { totals: UnitProgress["counts"] } }>(await admin.get("/api/inspection/campaigns/2026"));
    const own = progress.units.find((u) => u.unitId === ts.directory.unitId)!;
    expect(own.counts).toMatchObject({ total: 4, submitted: 3, approved: 3, qualified: 3, overdue: 1, suspended: 1, restored: 1, cancelled: 0, unsubmitted: 0 });
    expect(progress.campaign.totals.total).toBe(5);

    await onDay("2026-12-31");
    expect(await sweep()).toMatchObject({ cancelled: 0 });
    await onDay("2027-01-01");
    expect(await sweep()).toMatchObject({ cancelled: 1 });
    await ts.mail.waitFor(ts.directory.operator.email, `年度检查：${accounts[3].accountName} 已注销`);
    expect((await accountOf(accounts[3])).status).toBe("cancelled");
    const announced = await json<RegisterPage<PublicAccount>>(await admin.get("/api/public/cancelled"));
    expect(announced.items.find((a) => a.filingNumber === accounts[3].filingNumber)).toMatchObject({ status: "cancelled", cancelReason: "2026 年度检查未通过，整改期满未获通过，予以注销" });
    expect(await sweep()).toMatchObject({ cancelled: 0 });
    const after = (await ts.system.stores.inspection.getUnitProgress(2026, ts.directory.unitId))!;
    expect(after.counts).toMatchObject({ suspended: 0, cancelled: 1, overdue: 1 });
  });

  it("exports the results as XLSX with one row per account", async () => {
    const response = await admin.get("/api/inspection/campaigns/2026/export.xlsx");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount).toBe(6);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    const byName = new Map(rows.map((r) => [String(r[3]), r]));
    expect(byName.get(accounts[0].accountName)?.[8]).toBe("合格");
    expect(byName.get(accounts[3].accountName)?.[9]).toBe("已注销");
    expect((await operator.get("/api/inspection/campaigns/2026/export.xlsx")).status).toBe(403);
  });
});

describe("an opening killed in the middle", () => {
  it("completes after a restart: every account ends with exactly one report and each unit is mailed once", async () => {
    const clock = { now: () => new Date(T0) };
    // Two reports a page, so the opening takes several steps and the kill lands between two of them.
    const before = await startTestSystem({ clock, inspection: { opening: { pageSize: 2 } } });
    const own = await filedAccounts(before, 5);
    const other = await filedAccounts(before, 2, before.directory.otherUnitId);
    const steps = before.system.services.inspection.opening;
    const original = steps.run;
    let pages = 0;
    let killed: Promise<void> | undefined;
    steps.run = async (step) => {
      const result = await original(step);
      // The imported accounts are all 微信公众号: that segment is the one with pages to write.
      if (step.action === "page" && step.iteration.segment === "wechat" && ++pages === 2) {
        // The process dies right after the second page was written and its cursor saved.
        killed = before.system.stop();
        throw new Error("killed");
      }
      return result;
    };
    const admin = await login(before, before.directory.admin.email);
    expect((await admin.post("/api/inspection/campaigns", { year: 2026, deadline: "2026-11-30" })).status).toBe(201);
    await expect.poll(() => killed !== undefined).toBe(true);
    await killed;
    expect(pages).toBe(2);
    const written = await before.system.stores.inspection.listUnitReports(2026, before.directory.unitId, 100);
    expect(written.reports.length).toBeLessThan(own.length);
    expect(await before.mail.to(before.directory.operator.email).then((m) => m.filter((x) => x.subject.includes("2026 年度")).length)).toBe(0);

    const after = await startTestSystem({ clock, tableName: before.tableName, journalTableName: before.journalTableName, directory: before.directory, inspection: { opening: { pageSize: 2 } } });
    try {
      expect(await after.system.inspectionEngine.resumeAll()).toBe(1);
      expect(await after.system.inspectionEngine.waitForExecution("inspection-2026")).toMatchObject({ status: "SUCCEEDED" });
      const store = after.system.stores.inspection;
      expect(await store.getCampaign(2026)).toMatchObject({ status: "open", reportCount: 7 });
      expect((await store.listUnitReports(2026, after.directory.unitId, 100)).reports.map((r) => r.accountId).sort()).toEqual([...own].sort());
      expect((await store.listUnitReports(2026, after.directory.otherUnitId, 100)).reports.map((r) => r.accountId).sort()).toEqual([...other].sort());
      expect((await store.getUnitProgress(2026, after.directory.unitId))?.counts).toMatchObject({ total: 5, unsubmitted: 5 });
      await after.mail.waitFor(after.directory.operator.email, "2026 年度政务新媒体年度检查");
      await after.mail.waitFor(after.directory.otherOperator.email, "2026 年度政务新媒体年度检查");
      expect(await after.system.services.effects.sweep({ reclaim: true })).toBe(0);
      expect((await after.mail.to(after.directory.operator.email)).filter((m) => m.subject.includes("2026 年度政务新媒体年度检查"))).toHaveLength(1);
      expect((await after.mail.to(after.directory.otherOperator.email)).filter((m) => m.subject.includes("2026 年度政务新媒体年度检查"))).toHaveLength(1);
    } finally {
      await after.system.stop();
    }
  });
});
