import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { seriousA11yViolations } from "../../test/support/axe.js";
import { RESULTS_DIR, startBrowserSystem, type BrowserSystem } from "../../test/support/browser-system.js";
import { login } from "../../test/support/flow.js";
import { importAccounts, importRow } from "../../test/support/register.js";
import { submitFiling } from "./support/filed-account.js";

let sys: BrowserSystem;

/** Three accounts of the operator's unit and one of another unit, one filing waiting at 初审. */
beforeAll(async () => {
  sys = await startBrowserSystem();
  const { directory } = sys.ts;
  const admin = await login(sys.ts, directory.admin.email);
  await importAccounts(admin, [
    importRow(directory.unitId, { 平台类型: "微信公众号" }),
    importRow(directory.unitId, { 平台类型: "微博" }),
    importRow(directory.unitId, { 平台类型: "抖音" }),
    importRow(directory.otherUnitId, { 平台类型: "微信公众号" }),
  ]);
  const { body } = await submitFiling(await login(sys.ts, directory.operator.email), { platform: "kuaishou" });
  await sys.ts.mail.waitFor(directory.reviewers.first.email, `待初审：${body.accountName}（`);
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
    expect(await figure(page, "pending")).toBe("1");
    expect(await figure(page, "overdue")).toBe("0");
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
