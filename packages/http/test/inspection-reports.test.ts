import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMPORT_COLUMNS, type Campaign, type Dashboard, type ReportPage, type UnitProgress } from "@beian/core";
import { login } from "../../../test/support/flow.js";
import { HttpClient } from "../../../test/support/http-client.js";
import { json, table } from "../../../test/support/report-reading.js";
import { decideReport, openCampaign, reportAnswers, type Score } from "../../../test/support/inspection.js";
import { importAccounts, importRow } from "../../../test/support/register.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

/**
 * The annual inspection in the reports, under a controlled clock: the 2026 campaign (deadline 30
 * November) over five accounts of 教育局 and two of 文旅局, reports approved 合格 and 基本合格 (one
 * after a return), one scored 不合格 and restored by its rectification, one left unsubmitted and one
 * returned past the deadline (both suspended as overdue), one 不合格 in the other unit and one still in
 * review; then the grace periods end on 1 January 2027. Every number below follows from that
 * timeline (worked out in the comments), never from reading the answer first.
 */
let now = Date.parse("2026-11-01T01:00:00Z"); // 09:00 in Beijing, the campaign's opening day
let ts: TestSystem;

const NAMES = { E1: "清河教育发布", E2: "清河教育微博", E3: "清河教育抖音", E4: "清河招生考试", E5: "清河教育资讯", W1: "清河文旅", W2: "清河文旅抖音" } as const;
type Key = keyof typeof NAMES;
const ids = {} as Record<Key, string>;
const reportOf = (k: Key) => `2026-${ids[k]}`;
const people = ["admin", "operator", "otherOperator"] as const;
type Who = (typeof people)[number];
const clients = new Map<Who | "reviewer", HttpClient>();
const as = (who: Who | "reviewer") => clients.get(who)!;

/** Moves the clock to 09:00 Beijing of a day; yesterday's sessions have expired, so everyone signs in again. */
async function onDay(date: string) {
  now = Date.parse(`${date}T01:00:00Z`);
  for (const who of people) clients.set(who, await login(ts, ts.directory[who].email));
}

const unitOf = (k: Key): Who => (k.startsWith("E") ? "operator" : "otherOperator");
async function submit(k: Key, answers: unknown = reportAnswers()) {
  const response = await as(unitOf(k)).post(`/api/inspection/reports/${reportOf(k)}/submit`, answers);
  expect(response.status, await response.clone().text()).toBe(200);
}
async function approveAll(k: Key, score: Score, nth = 1) {
  for (const stage of ["first", "second", "final"] as const) await decideReport(ts, NAMES[k], stage, "approve", { score, nth });
}
const stored = (k: Key) => ts.system.stores.inspection.getReport(reportOf(k));

/** The 工作台 as each person saw it on 26 November, before the deadline. */
const beforeDeadline = new Map<Who, Dashboard>();

beforeAll(async () => {
  ts = await startTestSystem({ clock: { now: () => new Date(now) } });
  const { directory: dir } = ts;
  await onDay("2026-11-01");
  const row = (unitId: string, platform: string, name: string) => importRow(unitId, { [IMPORT_COLUMNS.platform]: platform, [IMPORT_COLUMNS.accountName]: name });
  const created = await importAccounts(as("admin"), [
    row(dir.unitId, "微信公众号", NAMES.E1),
    row(dir.unitId, "微博", NAMES.E2),
    row(dir.unitId, "抖音", NAMES.E3),
    row(dir.unitId, "微信公众号", NAMES.E4),
    row(dir.unitId, "微博", NAMES.E5),
    row(dir.otherUnitId, "微信公众号", NAMES.W1),
    row(dir.otherUnitId, "抖音", NAMES.W2),
  ]);
  (Object.keys(NAMES) as Key[]).forEach((k, i) => (ids[k] = created[i].accountId));
  await openCampaign(ts, as("admin"), 2026, "2026-11-30");

  // 10 November: E1 合格 (95); E2 returned at 初审, resubmitted, 基本合格 (100 − 20 − 15 = 65);
  // E3 不合格 (单项否决): suspended, grace period until 10 December.
  await onDay("2026-11-10");
  await submit("E1");
  await approveAll("E1", { deductions: { timeliness: 5 } });
  expect(await stored("E1")).toMatchObject({ status: "approved", outcome: "inspected", result: "qualified", score: 95 });
  await submit("E2");
  await decideReport(ts, NAMES.E2, "first", "return", { comment: "留言答复数据与后台不符，请核实。" });
  await submit("E2");
  await decideReport(ts, NAMES.E2, "first", "approve", { nth: 2, score: { deductions: { timeliness: 20, wording: 15 } } });
  for (const stage of ["second", "final"] as const) await decideReport(ts, NAMES.E2, stage, "approve", { score: { deductions: { timeliness: 20, wording: 15 } } });
  expect(await stored("E2")).toMatchObject({ status: "approved", outcome: "inspected", result: "basic", score: 65, round: 2 });
  await submit("E3");
  await approveAll("E3", { vetoes: ["no-update"] });
  expect(await stored("E3")).toMatchObject({ status: "approved", outcome: "suspended", result: "failed", graceUntil: "2026-12-10" });

  // 12 November: W2 不合格, suspended until 12 December (and never rectified).
  await onDay("2026-11-12");
  await submit("W2");
  await approveAll("W2", { vetoes: ["security"] });
  expect(await stored("W2")).toMatchObject({ outcome: "suspended", result: "failed", graceUntil: "2026-12-12" });

  // 20 November: E3's rectification passes (合格, restored); W1 is submitted and waits at 复审 from then on.
  await onDay("2026-11-20");
  await submit("E3", reportAnswers({ rectificationReport: "已恢复每周更新，指定两名专职编辑。" }));
  await approveAll("E3", {}, 2);
  expect(await stored("E3")).toMatchObject({ status: "approved", outcome: "restored", result: "qualified" });
  await submit("W1");
  await decideReport(ts, NAMES.W1, "first", "approve", { score: {} });
  expect(await stored("W1")).toMatchObject({ status: "in_review", stage: "second" });

  // 25 November: E5 submitted and returned, and not resubmitted. E4 is never submitted.
  await onDay("2026-11-25");
  await submit("E5");
  await decideReport(ts, NAMES.E5, "first", "return", { comment: "请补充互动数据。" });
  expect(await stored("E5")).toMatchObject({ status: "returned", outcome: "open" });

  await onDay("2026-11-26");
  await ts.system.figureStream.drain();
  for (const who of people) beforeDeadline.set(who, await json<Dashboard>(as(who), "/api/reports/dashboard"));

  // 1 December: the sweep suspends E4 (pending) and E5 (returned) as overdue, grace period until 31 December.
  await onDay("2026-12-01");
  expect(await ts.system.services.inspection.sweep.run()).toMatchObject({ suspended: 2 });
  await onDay("2026-12-02");
  clients.set("reviewer", await login(ts, dir.reviewers.first.email));
  await ts.system.figureStream.drain();
}, 900_000);
afterAll(() => ts?.system.stop());

const YEAR_2026 = "from=2026-01&to=2026-12";
const zero = { reports: 0, submitted: 0, inReview: 0, approved: 0, qualified: 0, basic: 0, failed: 0, overdue: 0, suspended: 0, restored: 0, cancelled: 0 };
/** E4 and E5 share the end of their grace period: the list orders them by account id, as the figure's key does. */
const byId = (a: Key, b: Key): Key[] => (ids[a] < ids[b] ? [a, b] : [b, a]);

describe("the figures kept from the annual reports", () => {
  it("match a recount from the reports themselves exactly", async () => {
    const result = await ts.system.services.figureRecount.run();
    expect(result.differences.map((d) => `${d.set}|${d.period}|${d.key.join("/")}: ${d.stored} → ${d.expected}`)).toEqual([]);
    expect(result.itemsRead).toBeGreaterThanOrEqual(7 + 7);
  });
});

describe("年度检查统计 on 2 December 2026", () => {
  it("counts the 2026 campaign by unit (sub-units rolled up), by platform and by year", async () => {
    const page = await json<ReportPage>(as("admin"), `/api/reports/inspection?${YEAR_2026}`);
    expect(page.title).toBe("年度检查统计");
    // 教育局: 5 reports; submitted E1, E2, E3, E5; approved E1, E2, E3 (合格 E1 and E3 after rectification, 基本合格 E2);
    // overdue and suspended E4, E5; restored E3. 文旅局: W1 in review, W2 approved 不合格 and suspended.
    const edu = { reports: 5, submitted: 4, inReview: 0, approved: 3, qualified: 2, basic: 1, failed: 0, overdue: 2, suspended: 2, restored: 1, cancelled: 0 };
    const culture = { reports: 2, submitted: 2, inReview: 1, approved: 1, qualified: 0, basic: 0, failed: 1, overdue: 0, suspended: 1, restored: 0, cancelled: 0 };
    const all = { reports: 7, submitted: 6, inReview: 1, approved: 4, qualified: 2, basic: 1, failed: 1, overdue: 2, suspended: 3, restored: 1, cancelled: 0 };
    expect(table(page, "inspection.byUnit").rows).toEqual([
      { unit: "县委网信办", ...all },
      { unit: "清河县教育局", ...edu },
      { unit: "清河县文化和旅游局", ...culture },
    ]);
    expect(table(page, "inspection.byYear").rows).toEqual([{ year: "2026 年度", ...all }]);
    expect(table(page, "inspection.byPlatform").rows).toEqual([
      // E1, E4, W1 · E2, E5 · E3, W2
      { platform: "微信公众号", reports: 3, submitted: 2, inReview: 1, approved: 1, qualified: 1, basic: 0, failed: 0, overdue: 1, suspended: 1, restored: 0, cancelled: 0 },
      { platform: "微博", reports: 2, submitted: 2, inReview: 0, approved: 1, qualified: 0, basic: 1, failed: 0, overdue: 1, suspended: 1, restored: 0, cancelled: 0 },
      { platform: "抖音", reports: 2, submitted: 2, inReview: 0, approved: 2, qualified: 1, basic: 0, failed: 1, overdue: 0, suspended: 1, restored: 1, cancelled: 0 },
    ]);
    expect(table(page, "inspection.byUnit").columns.map((c) => c.label)).toEqual(["单位", "应报", "已提交", "审核中", "已通过", "合格", "基本合格", "不合格", "逾期未报", "停用", "整改恢复", "注销"]);
    expect(table(page, "inspection.byUnit").chart).toEqual({ type: "stacked-bar", category: "unit", series: ["qualified", "basic", "failed", "overdue"] });

    // The same as the campaign's own progress page, counted on the unit items as the reports were written.
    const progress = await json<{ units: UnitProgress[]; campaign: Campaign }>(as("admin"), "/api/inspection/campaigns/2026");
    const counts = (unitId: string) => progress.units.find((u) => u.unitId === unitId)!.counts;
    for (const [unitId, row] of [[ts.directory.unitId, edu], [ts.directory.otherUnitId, culture]] as const) {
      const c = counts(unitId);
      expect({ ...row }).toEqual({ reports: c.total, submitted: c.submitted, inReview: c.inReview, approved: c.approved, qualified: c.qualified, basic: c.basic, failed: c.failed, overdue: c.overdue, suspended: c.suspended, restored: c.restored, cancelled: c.cancelled });
    }
  });

  it("counts by the campaign's year: a range in 2025 or 2027 shows nothing of 2026", async () => {
    const other = await json<ReportPage>(as("admin"), "/api/reports/inspection?from=2025-06&to=2025-12");
    expect(table(other, "inspection.byYear").rows).toEqual([{ year: "2025 年度", ...zero }]);
    expect(table(other, "inspection.byUnit").rows).toEqual([]);
    const spanning = await json<ReportPage>(as("admin"), "/api/reports/inspection?from=2026-12&to=2027-01");
    expect(table(spanning, "inspection.byYear").rows.map((r) => [r.year, r.reports])).toEqual([
      ["2026 年度", 7],
      ["2027 年度", 0],
    ]);
  });

  it("narrows to a platform, and gives an operator their own unit", async () => {
    const weibo = await json<ReportPage>(as("admin"), `/api/reports/inspection?${YEAR_2026}&platform=weibo`);
    expect(table(weibo, "inspection.byYear").rows).toEqual([{ year: "2026 年度", ...zero, reports: 2, submitted: 2, approved: 1, basic: 1, overdue: 1, suspended: 1 }]);
    const own = await json<ReportPage>(as("operator"), `/api/reports/inspection?${YEAR_2026}`);
    expect(table(own, "inspection.byUnit").rows.map((r) => [r.unit, r.reports, r.qualified])).toEqual([["清河县教育局", 5, 2]]);
    const other = await json<ReportPage>(as("otherOperator"), `/api/reports/inspection?${YEAR_2026}`);
    expect(table(other, "inspection.byYear").rows).toEqual([{ year: "2026 年度", ...zero, reports: 2, submitted: 2, inReview: 1, approved: 1, failed: 1, suspended: 1 }]);
  });

  it("exports its tables with Chinese headers", async () => {
    const csv = await as("admin").get(`/api/reports/export.csv?table=inspection.byYear&${YEAR_2026}`);
    expect(csv.status).toBe(200);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.arrayBuffer())).toBe(
      "\uFEFF检查年度,应报,已提交,审核中,已通过,合格,基本合格,不合格,逾期未报,停用,整改恢复,注销\r\n2026 年度,7,6,1,4,2,1,1,2,3,1,0\r\n",
    );
  });
});

describe("单位排名 with the 年度检查 term", () => {
  it("deducts 20 per 不合格, 5 per 基本合格 and 10 per report overdue, by the stated formula", async () => {
    const page = await json<ReportPage>(as("admin"), `/api/reports/rankings?${YEAR_2026}`);
    expect(page.notes).toContain("7. 年度检查不合格扣 20 分、基本合格扣 5 分、逾期未报扣 10 分（统计区间涉及的年度，本单位每个账号的年度报告分别计）");
    // 文旅局: W2 不合格 (20); W1 filed without custody or password date (2). 78.
    // 教育局: E2 基本合格 (5) + E4, E5 overdue (20) = 25; E2 and E5 returned once each (4); E1–E3 filed without custody or password date (6). 65.
    // (E3's 不合格 was replaced by its rectification's 合格.)
    expect(table(page, "rankings.units").rows).toEqual([
      { rank: 1, unit: "清河县文化和旅游局", score: 78, returned: 0, rejected: 0, turnaround: 0, credentials: 0, completeness: 2, updates: 0, inspection: 20 },
      { rank: 2, unit: "清河县教育局", score: 65, returned: 4, rejected: 0, turnaround: 0, credentials: 0, completeness: 6, updates: 0, inspection: 25 },
    ]);
  });
});

describe("工作台", () => {
  const cards = (board: Dashboard) => Object.fromEntries(board.cards.filter((c) => c.id.startsWith("inspection")).map((c) => [c.id, c]));
  const due = (board: Dashboard) => board.actions.find((a) => a.id === "inspectionDue")!;
  const item = (k: Key, detail: string) => ({ label: NAMES[k], detail, href: `#/annual-reports/${reportOf(k)}` });
  const EDU = "清河县教育局";
  const CULTURE = "清河县文化和旅游局";

  it("on 26 November listed the rectification first, then the reports to submit, each person their own", () => {
    const [first, second] = byId("E4", "E5");
    const annual = (k: Key) => item(k, `2026 年度报告 · ${EDU} · ${k === "E4" ? "待填报" : "已退回修改"}`);
    const rectifyW2 = item("W2", `2026 年度整改报告 · ${CULTURE} · 整改期至 2026-12-12`);
    expect(due(beforeDeadline.get("admin")!)).toEqual({ id: "inspectionDue", title: "待提交的年度报告", items: [rectifyW2, annual(first), annual(second)], more: 0 });
    expect(due(beforeDeadline.get("operator")!).items).toEqual([annual(first), annual(second)]);
    expect(due(beforeDeadline.get("otherOperator")!).items).toEqual([rectifyW2]);
    // Submitted E1, E2, E3, E5, W1, W2 of 7; passed E1, E2, E3. Suspended now: W2 only (E3 restored).
    expect(cards(beforeDeadline.get("admin")!)).toEqual({
      inspectionProgress: { id: "inspectionProgress", label: "年检进度", value: 6, detail: "2026 年度：已提交 6 / 应报 7，合格及基本合格 3", tone: "warn", href: "#/inspection/2026" },
      inspectionSuspended: { id: "inspectionSuspended", label: "年检停用", value: 1, tone: "err", href: "#/inspection" },
    });
  });

  it("gives the registry office the campaign's progress, the accounts suspended now and the rectifications due", async () => {
    const board = await json<Dashboard>(as("admin"), "/api/reports/dashboard");
    expect(cards(board)).toEqual({
      inspectionProgress: { id: "inspectionProgress", label: "年检进度", value: 6, detail: "2026 年度：已提交 6 / 应报 7，合格及基本合格 3", tone: "warn", href: "#/inspection/2026" },
      inspectionSuspended: { id: "inspectionSuspended", label: "年检停用", value: 3, tone: "err", href: "#/inspection" },
    });
    expect(Object.fromEntries(board.cards.map((c) => [c.id, c.value]))).toMatchObject({ filed: 4, suspended: 3 });
    // W2's grace period ends first (12 December), then E4's and E5's (31 December); W1 is in review, not due.
    const [first, second] = byId("E4", "E5");
    const rectify = (k: Key, until: string) => item(k, `2026 年度整改报告 · ${k.startsWith("E") ? EDU : CULTURE} · 整改期至 ${until}`);
    expect(due(board)).toEqual({ id: "inspectionDue", title: "待提交的年度报告", items: [rectify("W2", "2026-12-12"), rectify(first, "2026-12-31"), rectify(second, "2026-12-31")], more: 0 });
  });

  it("gives each operator their own unit's, leading to their reports", async () => {
    const own = await json<Dashboard>(as("operator"), "/api/reports/dashboard");
    expect(cards(own)).toEqual({
      inspectionProgress: { id: "inspectionProgress", label: "年检进度", value: 4, detail: "2026 年度：已提交 4 / 应报 5，合格及基本合格 3", tone: "warn", href: "#/annual-reports" },
      inspectionSuspended: { id: "inspectionSuspended", label: "年检停用", value: 2, tone: "err", href: "#/annual-reports" },
    });
    expect(due(own).items.map((i) => i.label)).toEqual(byId("E4", "E5").map((k) => NAMES[k]));
    const other = await json<Dashboard>(as("otherOperator"), "/api/reports/dashboard");
    expect(cards(other).inspectionProgress).toMatchObject({ value: 2, detail: "2026 年度：已提交 2 / 应报 2，合格及基本合格 0", tone: "ok" });
    expect(cards(other).inspectionSuspended.value).toBe(1);
    expect(due(other).items.map((i) => i.label)).toEqual([NAMES.W2]);
  });
});

describe("access by role and unit", () => {
  it("refuses strangers, reviewers and another unit's filter, and bad input in Chinese", async () => {
    expect((await new HttpClient(ts.system.app).get("/api/reports/inspection")).status).toBe(401);
    expect((await as("reviewer").get("/api/reports/inspection")).status).toBe(403);
    const refused = await as("otherOperator").get(`/api/reports/inspection?unitId=${ts.directory.unitId}`);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "UNIT_OUT_OF_SCOPE", message: "无权查看该单位的统计" });
    const bad = await as("admin").get("/api/reports/inspection?from=2026-13");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string; fields: { field: string; message: string }[] } }).error).toMatchObject({
      code: "VALIDATION_FAILED",
      fields: [expect.objectContaining({ field: "from", message: expect.stringContaining("格式不正确") })],
    });
    const list = await json<{ items: { id: string; title: string }[] }>(as("operator"), "/api/reports");
    expect(list.items.at(-1)).toEqual({ id: "inspection", title: "年度检查统计" });
  });
});

describe("after the grace periods end (1 January 2027)", () => {
  beforeAll(async () => {
    await onDay("2027-01-01");
    expect(await ts.system.services.inspection.sweep.run()).toMatchObject({ cancelled: 3 });
    await ts.system.figureStream.drain();
  }, 300_000);

  it("counts W2, E4 and E5 as 注销 in 2026, and nothing is suspended or due any more", async () => {
    const page = await json<ReportPage>(as("admin"), "/api/reports/inspection?from=2026-01&to=2027-01");
    expect(table(page, "inspection.byYear").rows).toEqual([
      { year: "2026 年度", reports: 7, submitted: 6, inReview: 1, approved: 4, qualified: 2, basic: 1, failed: 1, overdue: 2, suspended: 0, restored: 1, cancelled: 3 },
      { year: "2027 年度", ...zero },
    ]);
    const board = await json<Dashboard>(as("admin"), "/api/reports/dashboard");
    const inspection = board.cards.filter((c) => c.id.startsWith("inspection"));
    // No 2027 campaign yet: the card follows the latest one, 2026.
    expect(inspection).toEqual([
      { id: "inspectionProgress", label: "年检进度", value: 6, detail: "2026 年度：已提交 6 / 应报 7，合格及基本合格 3", tone: "warn", href: "#/inspection/2026" },
      { id: "inspectionSuspended", label: "年检停用", value: 0, tone: "ok", href: "#/inspection" },
    ]);
    expect(board.actions.find((a) => a.id === "inspectionDue")).toEqual({ id: "inspectionDue", title: "待提交的年度报告", items: [], more: 0 });
  });

  it("deducts in the ranking only over ranges that touch 2026", async () => {
    const last = await json<ReportPage>(as("admin"), `/api/reports/rankings?${YEAR_2026}`);
    expect(table(last, "rankings.units").rows.map((r) => [r.unit, r.inspection, r.score])).toEqual([
      ["清河县文化和旅游局", 20, 78],
      ["清河县教育局", 25, 65],
    ]);
    const current = await json<ReportPage>(as("admin"), "/api/reports/rankings?from=2027-01&to=2027-01");
    expect(table(current, "rankings.units").rows.map((r) => [r.unit, r.inspection])).toEqual([
      ["清河县文化和旅游局", 0],
      ["清河县教育局", 0],
    ]);
  });

  it("fills 年检结果 in the 2026 年度统计表 (blank without a result), and not in 2027's", async () => {
    const read = async (client: HttpClient, year: number) => {
      const response = await client.get(`/api/reports/annual.xlsx?year=${year}`);
      expect(response.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
      const sheet = book.worksheets[0];
      const headers = (sheet.getRow(2).values as unknown[]).slice(1) as string[];
      expect(headers.at(-1)).toBe("年检结果");
      const rows: Record<string, unknown[]> = {};
      for (let r = 3; r <= sheet.rowCount; r++) {
        const values = (sheet.getRow(r).values as unknown[]).slice(1);
        rows[values[headers.indexOf("账号名称")] as string] = ["年检结果", "状态"].map((h) => values[headers.indexOf(h)] ?? "");
      }
      return rows;
    };
    const y2026 = {
      [NAMES.E1]: ["合格", "已备案"],
      [NAMES.E2]: ["基本合格", "已备案"],
      [NAMES.E3]: ["合格", "已备案"],
      [NAMES.E4]: ["", "已注销"],
      [NAMES.E5]: ["", "已注销"],
      [NAMES.W1]: ["", "已备案"],
      [NAMES.W2]: ["不合格", "已注销"],
    };
    expect(await read(as("admin"), 2026)).toEqual(y2026);
    expect(await read(as("otherOperator"), 2026)).toEqual({ [NAMES.W1]: y2026[NAMES.W1], [NAMES.W2]: y2026[NAMES.W2] });
    // The accounts cancelled on 1 January are still in 2027's table, with no 2027 result.
    expect(Object.values(await read(as("admin"), 2027)).map((r) => r[0])).toEqual(["", "", "", "", "", "", ""]);
  });

  it("still matches a recount exactly", async () => {
    const result = await ts.system.services.figureRecount.run();
    expect(result.differences).toEqual([]);
  });
});
