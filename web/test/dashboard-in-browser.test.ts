import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { seriousA11yViolations } from "../../test/support/axe.js";
import { RESULTS_DIR, startBrowserSystem, type BrowserSystem } from "../../test/support/browser-system.js";
import { login } from "../../test/support/flow.js";
import { importAccounts, importRow } from "../../test/support/register.js";
import { createDraft, draftInput, submitDraft } from "../../test/support/content.js";
import { submitFiling } from "./support/filed-account.js";

let sys: BrowserSystem;
const DAY = 86_400_000;
/** The system's clock runs ahead by this much: the update monitor's days pass without waiting for them. */
let ahead = 0;

/**
 * Three accounts of the operator's unit and, four days later, one of another unit; ten days after
 * that the update monitor's sweep finds the first three in violation and the fourth warned. Then one
 * filing waits at 初审 and one content draft of the operator's unit is in review.
 */
beforeAll(async () => {
  sys = await startBrowserSystem({ clock: { now: () => new Date(Date.now() + ahead) } });
  const { directory } = sys.ts;
  await importAccounts(await login(sys.ts, directory.admin.email), [
    importRow(directory.unitId, { 平台类型: "微信公众号" }),
    importRow(directory.unitId, { 平台类型: "微博" }),
    importRow(directory.unitId, { 平台类型: "抖音" }),
  ]);
  ahead = 4 * DAY;
  await importAccounts(await login(sys.ts, directory.admin.email), [importRow(directory.otherUnitId, { 平台类型: "微信公众号" })]);
  ahead = 14 * DAY;
  expect(await sys.ts.system.services.content.monitor.sweep()).toMatchObject({ warned: 1, violated: 3 });
  const operator = await login(sys.ts, directory.operator.email);
  const { body } = await submitFiling(operator, { platform: "kuaishou" });
  await sys.ts.mail.waitFor(directory.reviewers.first.email, `待初审：${body.accountName}（`);
  const accountIds = (await sys.ts.system.stores.register.listAccounts({ unitIds: [directory.unitId], limit: 10 })).accounts.map((a) => a.accountId);
  const draft = await createDraft(operator, draftInput(accountIds.slice(0, 1)));
  expect((await submitDraft(operator, draft.draftId)).status).toBe(200);
  await sys.ts.mail.waitFor(directory.reviewers.first.email, `待初审：${draft.title}（`);
  await sys.ts.system.figureStream.drain();
}, 180_000);

afterAll(() => sys?.stop());

/** The ECharts chunk is requested only by a view that draws a chart. */
function watchChartLibrary(page: Page) {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (/echarts-setup[^/]*\.js$/.test(request.url())) seen.push(request.url());
  });
  return seen;
}

const figure = (page: Page, id: string) => page.getByTestId(`figure-${id}`).getByTestId("figure-value").textContent();

describe("工作台 in headless Chromium", () => {
  it("is the registry office's home: figures, charts drawn with their tables and exports, lists of what needs doing", async () => {
    const page = await sys.newPage();
    const chartLibrary = watchChartLibrary(page);
    await sys.logIn(page, sys.ts.directory.admin.email);
    await expect.poll(() => new URL(page.url()).hash).toBe("#/dashboard");
    await expect.poll(() => page.title()).toBe("工作台 - 政务新媒体备案管理系统");

    await expect.poll(() => figure(page, "filed")).toBe("4");
    expect(await figure(page, "pending")).toBe("2");
    expect(await figure(page, "overdue")).toBe("0");
    expect(await figure(page, "updateViolations")).toBe("3");
    expect(await figure(page, "updateWarnings")).toBe("1");
    expect(await figure(page, "draftsInReview")).toBe("1");
    const alerts = page.getByTestId("actions-updateAlerts");
    expect(await alerts.locator("li").count()).toBe(4);
    expect(await alerts.locator("li").first().textContent()).toContain("已违规 · 清河县教育局 · 已 14 天未更新");
    expect(await alerts.locator("li").last().textContent()).toContain("已预警 · 清河县文化和旅游局 · 已 10 天未更新");
    const charts = page.locator('[data-testid="chart"][data-drawn="true"]');
    await expect.poll(() => charts.count()).toBe(4);
    expect(chartLibrary).toHaveLength(1);

    const mix = page.locator('[data-testid="report-table"][data-table="dashboard.platformMix"]');
    expect(await mix.locator("tbody tr").allTextContents()).toEqual(["微信公众号2", "微博1", "抖音1"]);
    const csv = await page.request.get(sys.baseUrl + (await mix.getByTestId("export-csv").getAttribute("href")));
    expect(await csv.text()).toContain("平台类型,已备案账号\r\n微信公众号,2\r\n");
    expect(await page.getByTestId("actions-overdueReviews").textContent()).toContain("目前没有");

    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${RESULTS_DIR}dashboard-admin.png`, fullPage: true });
    await page.close();
  });

  it("draws the registered 更新监测统计 like any report: its charts, tables and exports, with no page code of its own", async () => {
    const page = await sys.newPage();
    await sys.logIn(page, sys.ts.directory.admin.email);
    await page.goto(`${sys.baseUrl}/#/reports?report=updates`);
    await expect.poll(() => page.getByTestId("report-tab-updates").getAttribute("aria-current")).toBe("page");
    await expect.poll(() => page.locator('[data-testid="chart"][data-drawn="true"]').count()).toBe(4);
    const days = page.locator('[data-testid="report-table"][data-table="updates.daysSince"]');
    expect(await days.locator("tbody tr").allTextContents()).toEqual(["0–6 天0", "7–9 天0", "10–13 天1", "14–29 天3", "30–59 天0", "60 天及以上0"]);
    const csv = await page.request.get(sys.baseUrl + (await page.locator('[data-table="updates.byUnit"]').getByTestId("export-csv").getAttribute("href")));
    expect(await csv.text()).toContain("单位,监测账号,当前已预警,当前已违规,期内预警次数,期内违规次数\r\n县委网信办,4,1,3,1,3\r\n");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${RESULTS_DIR}reports-updates.png`, fullPage: true });
    await page.close();
  });

  it("shows the ranking with its formula on 统计报表, and loads no chart library on views without charts", async () => {
    const page = await sys.newPage();
    const chartLibrary = watchChartLibrary(page);
    await sys.logIn(page, sys.ts.directory.admin.email);
    await page.goto(`${sys.baseUrl}/#/register`);
    await page.locator('[data-testid="register-row"], [data-testid="register-empty"]').first().waitFor();
    await page.goto(`${sys.baseUrl}/#/filings`);
    await page.getByTestId("filing-row").first().waitFor();
    expect(chartLibrary).toEqual([]);

    await page.goto(`${sys.baseUrl}/#/reports?report=rankings`);
    await expect.poll(() => page.getByTestId("report-notes").textContent()).toContain("得分 = 100 − 各项扣分之和");
    const rows = page.locator('[data-table="rankings.units"] tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${RESULTS_DIR}reports-rankings.png`, fullPage: true });
    await page.close();
  });

  it("gives an operator their unit's view as home, and both views fit a 375 px phone screen", async () => {
    const page = await sys.newPage({ width: 375, height: 812 });
    await sys.logIn(page, sys.ts.directory.operator.email);
    await expect.poll(() => page.title()).toBe("本单位概况 - 政务新媒体备案管理系统");
    await expect.poll(() => figure(page, "filed")).toBe("3");
    expect(await page.getByTestId("dashboard-scope").textContent()).toContain("清河县教育局");
    // Their unit's update status and the draft they sent for review.
    expect(await figure(page, "updateViolations")).toBe("3");
    expect(await figure(page, "updateWarnings")).toBe("0");
    expect(await figure(page, "draftsInReview")).toBe("1");
    expect(await page.getByTestId("actions-updateAlerts").locator("li").count()).toBe(3);
    await expect.poll(() => page.locator('[data-testid="chart"][data-drawn="true"]').count()).toBe(3);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBe(0);
    await page.screenshot({ path: `${RESULTS_DIR}phone-dashboard-operator.png`, fullPage: true });
    await page.goto(`${sys.baseUrl}/#/reports?report=reviews`);
    await page.locator('[data-testid="report-table"]').first().waitFor();
    expect(await overflow()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const admin = await sys.newPage({ width: 375, height: 812 });
    await sys.logIn(admin, sys.ts.directory.admin.email);
    await expect.poll(() => admin.locator('[data-testid="chart"][data-drawn="true"]').count()).toBe(4);
    expect(await admin.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await admin.screenshot({ path: `${RESULTS_DIR}phone-dashboard-admin.png`, fullPage: true });
    await page.close();
    await admin.close();
  });
});
