import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { beianService } from "@beian/store-dynamodb";
import { CONTENT_CHECKLISTS, IMPORT_COLUMNS, type Dashboard, type MonitorRow, type ReportPage } from "@beian/core";
import { createDraft, decideContent, draftInput, submitDraft } from "../../../test/support/content.js";
import { decide, decisionForm, login } from "../../../test/support/flow.js";
import { HttpClient } from "../../../test/support/http-client.js";
import { json, table } from "../../../test/support/report-reading.js";
import { importAccounts, importRow } from "../../../test/support/register.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

/**
 * Update compliance and publications in the reports, under a controlled clock: content drafts
 * published 原创 and 转载 on the unit's accounts in March and April 2027, posts entered by hand
 * (非系统发布), the update monitor's daily sweep warning and recording violations, an account in
 * violation cancelled, and a content review left waiting four days at 初审. Every number below
 * follows from that timeline (worked out in the comments), never from reading the answer first.
 */
const DAY = 86_400_000;
// Day 0 is Monday 1 March 2027, 09:00 in Beijing (the daily sweep's hour).
const T0 = Date.parse("2027-03-01T01:00:00Z");
let now = T0;
let swept = 0;
const at = (day: number) => (now = T0 + day * DAY);
const nowIso = () => new Date(now).toISOString();

let ts: TestSystem;
const ids: Record<"A1" | "A2" | "A3" | "B1", string> = { A1: "", A2: "", A3: "", B1: "" };
const NAMES = { A1: "清河教育发布", A2: "清河教育微博", A3: "清河教育抖音", B1: "清河文旅" } as const;
let inReview = "";

/** The daily sweep, run on every day up to `day`, as the 09:00 timer would. */
async function sweepThrough(day: number) {
  for (let d = swept + 1; d <= day; d++) {
    at(d);
    await ts.system.services.content.monitor.sweep();
  }
  swept = Math.max(swept, day);
  at(day);
}

/** A draft of `who`'s unit for `accounts`, through the three emailed stages and published on each account now. */
async function publishDraft(who: "operator" | "otherOperator", accounts: string[], type: "original" | "repost") {
  const client = await login(ts, ts.directory[who].email);
  const input = draftInput(accounts, type === "repost" ? { type, source: "新华社" } : {});
  const draft = await createDraft(client, input);
  expect((await submitDraft(client, draft.draftId)).status).toBe(200);
  for (const stage of ["first", "second", "final"] as const) await decideContent(ts, input.title, stage, "approve");
  await ts.mail.waitFor(ts.directory[who].email, `稿件已通过：${input.title}`);
  for (const accountId of accounts) {
    const response = await client.post(`/api/content/drafts/${draft.draftId}/publications`, { accountId, url: `https://example.gov.cn/${draft.draftId}/${accountId}`, publishedAt: nowIso() });
    expect(response.status).toBe(201);
  }
}

async function manualPost(accountId: string) {
  const client = await login(ts, ts.directory.operator.email);
  expect((await client.post("/api/content/manual-publications", { accountId, title: "系统外发布的通知", publishedAt: nowIso() })).status).toBe(201);
}

beforeAll(async () => {
  ts = await startTestSystem({ clock: { now: () => new Date(now) } });
  const { directory: dir } = ts;
  const admin = await login(ts, dir.admin.email);
  const row = (unitId: string, platform: string, name: string) => importRow(unitId, { [IMPORT_COLUMNS.platform]: platform, [IMPORT_COLUMNS.accountName]: name });
  // Day 0: four accounts enter the register and the monitor (last update: day 0).
  const created = await importAccounts(admin, [row(dir.unitId, "微信公众号", NAMES.A1), row(dir.unitId, "微博", NAMES.A2), row(dir.unitId, "抖音", NAMES.A3), row(dir.otherUnitId, "微信公众号", NAMES.B1)]);
  [ids.A1, ids.A2, ids.A3, ids.B1] = created.map((c) => c.accountId);

  // Publications (month, unit, platform, kind):
  //   day 0  (3月)  原创 on A1 (微信) and A2 (微博)          day 3 (3月) 原创 on B1 (other unit, 微信)
  //   day 5  (3月)  转载 on A1                               day 8 (3月) 非系统发布 on A3 (抖音)
  //   day 20 (3月)  非系统发布 on A1                          day 32 (4月) 原创 on A1 and A2
  //   day 36 (4月)  非系统发布 on A2
  await publishDraft("operator", [ids.A1, ids.A2], "original");
  await sweepThrough(3);
  await publishDraft("otherOperator", [ids.B1], "original");
  await sweepThrough(5);
  await publishDraft("operator", [ids.A1], "repost");
  await sweepThrough(8);
  await manualPost(ids.A3);

  // Last updates A1 day 5, A2 day 0, A3 day 8, B1 day 3; warned 10 days after, in violation 14 days after:
  //   A2 warned day 10, violated day 14; B1 warned 13, violated 17; A1 warned 15, violated 19; A3 warned 18.
  await sweepThrough(20);
  await manualPost(ids.A1); // A1 updated on day 20: 正常 again.

  // B1, in violation, is cancelled on day 20: it leaves the monitor; its warning and violation stay counted.
  const other = await login(ts, dir.otherOperator.email);
  expect((await other.post(`/api/accounts/${ids.B1}/cancellation`, { reason: "机构撤并" })).status).toBe(201);
  for (const stage of ["first", "second", "final"] as const) await decide(ts, NAMES.B1, stage, "approve");
  await ts.mail.waitFor(dir.otherOperator.email, `注销备案已办结：${NAMES.B1}`);
  await vi.waitFor(async () => expect(await ts.system.stores.monitor.getEntries([ids.B1])).toEqual([]));

  // A3 violated day 22; A1 (last day 20) warned day 30 = 31 March. Then April.
  await sweepThrough(32);
  await publishDraft("operator", [ids.A1, ids.A2], "original");
  await sweepThrough(36);
  await manualPost(ids.A2);
  // Last updates A1 day 32, A2 day 36: A1 warned day 42 and violated day 46 (16 April); A2 warned day 46.

  // Day 40: a draft for A3 waits four days at 初审 (96 hours: a slow stage), then stays at 复审.
  await sweepThrough(40);
  const operator = await login(ts, dir.operator.email);
  const waiting = draftInput([ids.A3]);
  inReview = (await createDraft(operator, waiting)).draftId;
  expect((await submitDraft(operator, inReview)).status).toBe(200);
  await ts.mail.waitFor(dir.reviewers.first.email, `待初审：${waiting.title}（`);
  await sweepThrough(44);
  const reviewer = await login(ts, dir.reviewers.first.email);
  const path = `/review/mine/content/${inReview}/first`;
  expect((await reviewer.get(path)).status).toBe(200);
  expect((await reviewer.postForm(path, decisionForm("first", "approve", "", CONTENT_CHECKLISTS))).status).toBe(200);
  await ts.mail.waitFor(dir.reviewers.second.email, `待复审：${waiting.title}（`);

  await sweepThrough(46);
  await ts.system.figureStream.drain();
  for (const who of ["admin", "operator", "otherOperator"] as const) clients.set(who, await login(ts, dir[who].email));
  clients.set("reviewers", await login(ts, dir.reviewers.first.email));
}, 600_000);
afterAll(() => ts?.system.stop());

const RANGE = "from=2027-03&to=2027-04";
const clients = new Map<string, HttpClient>();
/** Signed in once at day 46 (log-in links are rate-limited per client address). */
const as = async (who: "admin" | "operator" | "otherOperator" | "reviewers") => clients.get(who)!;

describe("the figures kept from the monitor, its events, publications and drafts", () => {
  it("match a recount from the source items exactly", async () => {
    const result = await ts.system.services.figureRecount.run();
    expect(result.differences.map((d) => `${d.set}|${d.period}|${d.key.join("/")}: ${d.stored} → ${d.expected}`)).toEqual([]);
    // 3 watched accounts, 12 warnings and violations, 9 publications and 5 drafts are among the items read.
    expect(result.itemsRead).toBeGreaterThan(3 + 12 + 9 + 5);
  });

  it("records each warning and violation as an item, once, with the days it had gone without an update", async () => {
    const { data: events } = await beianService(ts.system.doc, ts.tableName).entities.monitorEvent.query.byId({ accountId: ids.A1 }).go();
    expect(events.map((e) => [e.kind, e.days, e.at.slice(0, 10)])).toEqual([
      ["warned", 10, "2027-03-16"],
      ["violated", 14, "2027-03-20"],
      ["warned", 10, "2027-03-31"],
      ["warned", 10, "2027-04-12"],
      ["violated", 14, "2027-04-16"],
    ]);
  });
});

describe("更新监测统计", () => {
  it("counts accounts warned and in violation now, warnings and violations per month, by unit with sub-units rolled up and by platform", async () => {
    const page = await json<ReportPage>(await as("admin"), `/api/reports/updates?${RANGE}`);
    // Now (16 April): A1 violated, A2 warned, A3 violated; B1 cancelled and no longer watched.
    // Warnings: March A2, B1, A1, A3, A1 again (5); April A1, A2 (2). Violations: March A2, B1, A1, A3 (4); April A1 (1).
    expect(table(page, "updates.byUnit").rows).toEqual([
      { unit: "县委网信办", watched: 3, warnedNow: 1, violatedNow: 2, warnings: 7, violations: 5 },
      { unit: "清河县教育局", watched: 3, warnedNow: 1, violatedNow: 2, warnings: 6, violations: 4 },
      { unit: "清河县文化和旅游局", watched: 0, warnedNow: 0, violatedNow: 0, warnings: 1, violations: 1 },
    ]);
    expect(table(page, "updates.monthly").rows).toEqual([
      { month: "2027年3月", warnings: 5, violations: 4 },
      { month: "2027年4月", warnings: 2, violations: 1 },
    ]);
    expect(table(page, "updates.byPlatform").rows).toEqual([
      { platform: "微信公众号", watched: 1, warnedNow: 0, violatedNow: 1, violations: 3 },
      { platform: "微博", watched: 1, warnedNow: 1, violatedNow: 0, violations: 1 },
      { platform: "抖音", watched: 1, warnedNow: 0, violatedNow: 1, violations: 1 },
    ]);
  });

  it("reads days since the last update at request time: A2 10 days (6 April), A1 14 (2 April), A3 38 (9 March)", async () => {
    const page = await json<ReportPage>(await as("admin"), `/api/reports/updates?${RANGE}`);
    expect(table(page, "updates.daysSince").rows).toEqual([
      { bucket: "0–6 天", accounts: 0 },
      { bucket: "7–9 天", accounts: 0 },
      { bucket: "10–13 天", accounts: 1 },
      { bucket: "14–29 天", accounts: 1 },
      { bucket: "30–59 天", accounts: 1 },
      { bucket: "60 天及以上", accounts: 0 },
    ]);
    // Nothing was written since; a week later every account is 7 days further on.
    const later = now;
    at(53);
    try {
      const week = await json<ReportPage>(await login(ts, ts.directory.admin.email), `/api/reports/updates?${RANGE}`);
      expect(table(week, "updates.daysSince").rows.map((r) => r.accounts)).toEqual([0, 0, 0, 2, 1, 0]);
    } finally {
      now = later;
    }
  });

  it("narrows to a platform, and gives an operator their unit only", async () => {
    const weibo = await json<ReportPage>(await as("admin"), `/api/reports/updates?${RANGE}&platform=weibo`);
    expect(table(weibo, "updates.monthly").rows).toEqual([
      { month: "2027年3月", warnings: 1, violations: 1 },
      { month: "2027年4月", warnings: 1, violations: 0 },
    ]);
    const own = await json<ReportPage>(await as("operator"), `/api/reports/updates?${RANGE}`);
    expect(table(own, "updates.byUnit").rows.map((r) => r.unit)).toEqual(["清河县教育局"]);
    expect(table(own, "updates.monthly").rows).toEqual([
      { month: "2027年3月", warnings: 4, violations: 3 },
      { month: "2027年4月", warnings: 2, violations: 1 },
    ]);
    const other = await json<ReportPage>(await as("otherOperator"), `/api/reports/updates?${RANGE}`);
    expect(table(other, "updates.byUnit").rows).toEqual([{ unit: "清河县文化和旅游局", watched: 0, warnedNow: 0, violatedNow: 0, warnings: 1, violations: 1 }]);
    expect(table(other, "updates.daysSince").rows.map((r) => r.accounts)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("drops a cancelled account from 更新监测 itself", async () => {
    const list = await json<{ items: MonitorRow[] }>(await as("admin"), "/api/update-monitor");
    expect(list.items.map((r) => [r.accountName, r.state, r.days])).toEqual([
      [NAMES.A3, "violated", 38],
      [NAMES.A1, "violated", 14],
      [NAMES.A2, "warned", 10],
    ]);
  });
});

describe("发布统计", () => {
  it("counts publications per month, unit and platform: 原创 and 转载 from the approved version, 非系统发布 apart", async () => {
    const page = await json<ReportPage>(await as("admin"), `/api/reports/publications?${RANGE}`);
    expect(table(page, "publications.monthly").rows).toEqual([
      { month: "2027年3月", published: 6, original: 3, repost: 1, manual: 2 },
      { month: "2027年4月", published: 3, original: 2, repost: 0, manual: 1 },
    ]);
    expect(table(page, "publications.byUnit").rows).toEqual([
      { unit: "县委网信办", published: 9, original: 5, repost: 1, manual: 3 },
      { unit: "清河县教育局", published: 8, original: 4, repost: 1, manual: 3 },
      { unit: "清河县文化和旅游局", published: 1, original: 1, repost: 0, manual: 0 },
    ]);
    expect(table(page, "publications.byPlatform").rows).toEqual([
      { platform: "微信公众号", published: 5, original: 3, repost: 1, manual: 1 },
      { platform: "微博", published: 3, original: 2, repost: 0, manual: 1 },
      { platform: "抖音", published: 1, original: 0, repost: 0, manual: 1 },
    ]);
    const april = await json<ReportPage>(await as("operator"), "/api/reports/publications?from=2027-04&to=2027-04");
    expect(table(april, "publications.monthly").rows).toEqual([{ month: "2027年4月", published: 3, original: 2, repost: 0, manual: 1 }]);
  });

  it("exports a table as CSV with Chinese headers", async () => {
    const csv = await (await as("admin")).get(`/api/reports/export.csv?table=updates.monthly&${RANGE}`);
    expect(csv.status).toBe(200);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.arrayBuffer())).toBe("\uFEFF月份,预警,违规\r\n2027年3月,5,4\r\n2027年4月,2,1\r\n");
  });
});

describe("审核统计 and 单位排名 with content reviews", () => {
  it("counts content reviews as their own kind, the four-day 初审 among them", async () => {
    const page = await json<ReportPage>(await as("admin"), `/api/reports/reviews?${RANGE}`);
    // Submitted: March three drafts, April two; approved: March three, April one; one waits at 复审.
    expect(table(page, "reviews.content.monthly").rows).toEqual([
      { month: "2027年3月", submitted: 3, approved: 3, returned: 0, rejected: 0, expired: 0 },
      { month: "2027年4月", submitted: 2, approved: 1, returned: 0, rejected: 0, expired: 0 },
    ]);
    expect(table(page, "reviews.content.stageWaits").rows.map((r) => [r.stage, r.decided, r.p50, r.p90])).toEqual([
      ["初审", 5, "≤ 1 小时", "≤ 5 天"],
      ["复审", 4, "≤ 1 小时", "≤ 1 小时"],
      ["终审", 4, "≤ 1 小时", "≤ 1 小时"],
    ]);
  });

  it("deducts 5 points per update violation and counts the slow content stage in review turnaround, by the stated formula", async () => {
    const page = await json<ReportPage>(await as("admin"), "/api/reports/rankings?from=2027-01&to=2027-04");
    expect(page.notes).toContain("6. 本单位账号期内每记录一次更新违规（超过规定天数未更新），扣 5 分");
    // 教育局: 4 violations (20), the 96-hour content 初审 (1), three filed accounts without custody or password date (6).
    // 文旅局: 1 violation (5); its only account is cancelled.
    expect(table(page, "rankings.units").rows).toEqual([
      { rank: 1, unit: "清河县文化和旅游局", score: 95, returned: 0, rejected: 0, turnaround: 0, credentials: 0, completeness: 0, updates: 5, inspection: 0 },
      { rank: 2, unit: "清河县教育局", score: 73, returned: 0, rejected: 0, turnaround: 1, credentials: 0, completeness: 6, updates: 20, inspection: 0 },
    ]);
  });
});

describe("工作台", () => {
  it("gives the registry office update violations and warnings, drafts in review, and the accounts to act on", async () => {
    const board = await json<Dashboard>(await as("admin"), "/api/reports/dashboard");
    expect(Object.fromEntries(board.cards.map((c) => [c.id, c.value]))).toEqual({
      filed: 3,
      suspended: 0,
      opened: 4,
      pending: 1,
      overdue: 0,
      credentialOverdue: 0,
      updateViolations: 2,
      updateWarnings: 1,
      draftsInReview: 1,
      draftsReturned: 0,
      inspectionProgress: 0,
      inspectionSuspended: 0,
    });
    expect(board.cards.find((c) => c.id === "updateViolations")).toMatchObject({ label: "更新违规账号", tone: "err", href: "#/update-monitor" });
    const alerts = board.actions.find((a) => a.id === "updateAlerts")!;
    expect(alerts.items).toEqual([
      { label: NAMES.A3, detail: "已违规 · 清河县教育局 · 已 38 天未更新", href: `#/accounts/${ids.A3}` },
      { label: NAMES.A1, detail: "已违规 · 清河县教育局 · 已 14 天未更新", href: `#/accounts/${ids.A1}` },
      { label: NAMES.A2, detail: "已预警 · 清河县教育局 · 已 10 天未更新", href: `#/accounts/${ids.A2}` },
    ]);
    expect(alerts.more).toBe(0);
    // The list reads the first cells in key order with a limit: the oldest last update first, whatever the number behind.
    const firstTwo = await ts.system.stores.figures.read("updateAlerts", ["now"], [["A"]], { limit: 2 });
    expect(firstTwo.map((c) => c.key.slice(2))).toEqual([
      [ids.A3, "violated"],
      [ids.A1, "violated"],
    ]);
  });

  it("gives an operator their unit's update status and drafts in review; another unit's operator sees none of it", async () => {
    const own = await json<Dashboard>(await as("operator"), "/api/reports/dashboard");
    expect(Object.fromEntries(own.cards.map((c) => [c.id, c.value]))).toMatchObject({ filed: 3, updateViolations: 2, updateWarnings: 1, draftsInReview: 1, draftsReturned: 0 });
    expect(own.actions.find((a) => a.id === "updateAlerts")!.items.map((i) => i.label)).toEqual([NAMES.A3, NAMES.A1, NAMES.A2]);
    const other = await json<Dashboard>(await as("otherOperator"), "/api/reports/dashboard");
    expect(Object.fromEntries(other.cards.map((c) => [c.id, c.value]))).toMatchObject({ filed: 0, updateViolations: 0, updateWarnings: 0, draftsInReview: 0 });
    expect(other.actions.find((a) => a.id === "updateAlerts")!.items).toEqual([]);
  });
});

describe("the 年度统计表", () => {
  it("fills 发布数, 原创数 and 更新违规次数 per account for the year, scoped by unit", async () => {
    const read = async (client: HttpClient) => {
      const response = await client.get("/api/reports/annual.xlsx?year=2027");
      expect(response.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
      const sheet = book.worksheets[0];
      const headers = (sheet.getRow(2).values as unknown[]).slice(1) as string[];
      const rows = new Map<string, unknown[]>();
      for (let r = 3; r <= sheet.rowCount; r++) {
        const values = (sheet.getRow(r).values as unknown[]).slice(1);
        rows.set(values[headers.indexOf("账号名称")] as string, ["发布数", "原创数", "更新违规次数", "状态"].map((h) => values[headers.indexOf(h)]));
      }
      return rows;
    };
    // A1: 原创 ×2, 转载, 非系统发布 → 4 / 2, violated 20 March and 16 April; A2: 原创 ×2, 非系统发布 → 3 / 2, violated 15 March;
    // A3: 非系统发布 → 1 / 0, violated 23 March; B1: 原创 → 1 / 1, violated 18 March, then cancelled.
    expect(Object.fromEntries(await read(await as("admin")))).toEqual({
      [NAMES.A1]: [4, 2, 2, "已备案"],
      [NAMES.A2]: [3, 2, 1, "已备案"],
      [NAMES.A3]: [1, 0, 1, "已备案"],
      [NAMES.B1]: [1, 1, 1, "已注销"],
    });
    expect([...(await read(await as("operator"))).keys()].sort()).toEqual([NAMES.A1, NAMES.A2, NAMES.A3].sort());
    expect(Object.fromEntries(await read(await as("otherOperator")))).toEqual({ [NAMES.B1]: [1, 1, 1, "已注销"] });
  });
});

describe("access by role and unit", () => {
  it("refuses reviewers, strangers and another unit's filter on the new reports", async () => {
    for (const report of ["updates", "publications"]) {
      expect((await new HttpClient(ts.system.app).get(`/api/reports/${report}`)).status).toBe(401);
      expect((await (await as("reviewers")).get(`/api/reports/${report}`)).status).toBe(403);
      const refused = await (await as("otherOperator")).get(`/api/reports/${report}?unitId=${ts.directory.unitId}`);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "UNIT_OUT_OF_SCOPE", message: "无权查看该单位的统计" });
    }
    const list = await json<{ items: { id: string }[] }>(await as("operator"), "/api/reports");
    expect(list.items.map((r) => r.id)).toEqual(["register", "reviews", "rankings", "updates", "publications", "inspection"]);
  });
});
