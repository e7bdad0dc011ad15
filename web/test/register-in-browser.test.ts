import { randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readImportFile } from "../../packages/http/src/register-files.js";
import { csvOf, importRow } from "../../test/support/register.js";
import { RESULTS_DIR, startBrowserSystem, type BrowserSystem } from "../../test/support/browser-system.js";
import type { TestSystem } from "../../test/support/test-system.js";

const resultsDir = RESULTS_DIR;

let sys: BrowserSystem;
let ts: TestSystem;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  sys = await startBrowserSystem();
  ({ ts, browser, baseUrl } = sys);
}, 120_000);

afterAll(() => sys?.stop());

const logIn = (page: Page, email: string) => sys.logIn(page, email);

describe("备案登记 in headless Chromium", () => {
  it("an admin searches and filters the register, opens an account's page; the public verifies it without logging in", async () => {
    const tag = randomUUID().slice(0, 6);
    const { unitId, otherUnitId, admin } = ts.directory;
    const rows = [
      importRow(unitId, { 账号名称: `清河教育${tag}`, 平台类型: "微博", 平台账号或网址: `https://weibo.com/u/${tag}` }),
      importRow(unitId, { 账号名称: `清河教育公众号${tag}` }),
      importRow(otherUnitId, { 账号名称: `清河文旅${tag}` }),
    ];
    const imported = await ts.system.services.registerImport.import(admin, () => readImportFile(Buffer.from(csvOf(rows))));
    const [weibo] = imported.created;

    const page = await sys.newPage();
    await logIn(page, admin.email);
    await page.getByTestId("nav-register").click();
    await expect.poll(() => page.getByTestId("register-row").count()).toBe(3);

    await page.getByTestId("register-q").fill(`清河教育`);
    await page.getByTestId("register-search").click();
    await expect.poll(() => page.getByTestId("register-row").count()).toBe(2);
    await page.getByTestId("register-platform").selectOption("weibo");
    await page.getByTestId("register-search").click();
    await expect.poll(() => page.getByTestId("register-row").count()).toBe(1);
    expect(await page.getByTestId("register-row").first().textContent()).toContain(weibo.filingNumber);
    expect(await page.getByTestId("export-xlsx").getAttribute("href")).toContain("platform=weibo");
    await page.screenshot({ path: `${resultsDir}/register-search.png`, fullPage: true });

    await page.getByTestId("register-row").first().getByRole("link").click();
    await expect.poll(() => page.getByTestId("account-chain").getAttribute("data-ok")).toBe("true");
    expect(await page.getByTestId("account-history-entry").first().getAttribute("data-action")).toBe("account_imported");
    expect(await page.locator("body").textContent()).toContain(`清河教育${tag}`);
    await page.close();

    const visitor = await browser.newPage({ locale: "zh-CN" });
    await visitor.goto(baseUrl);
    await visitor.getByTestId("link-verify").click();
    await visitor.getByTestId("verify-q").fill(`weibo.com/u/${tag}/`);
    await visitor.getByTestId("verify-submit").click();
    await expect.poll(() => visitor.getByTestId("verify-verdict").first().textContent()).toContain("已备案");
    expect(await visitor.getByTestId("verify-match").textContent()).toContain(weibo.filingNumber);
    await visitor.screenshot({ path: `${resultsDir}/public-verify.png`, fullPage: true });
    await visitor.close();
  });
});

describe("备案登记 filters and pages live in the URL", () => {
  it("a reload keeps the filters and the page; the back button returns to the previous page and filters", async () => {
    const tag = randomUUID().slice(0, 6);
    const { unitId, admin } = ts.directory;
    const rows = Array.from({ length: 22 }, (_, i) => importRow(unitId, { 账号名称: `分页${tag}${String(i).padStart(2, "0")}`, 平台类型: "抖音" }));
    await ts.system.services.registerImport.import(admin, () => readImportFile(Buffer.from(csvOf(rows))));

    const page = await sys.newPage();
    await logIn(page, admin.email);
    await page.goto(`${baseUrl}/#/register`);
    await page.getByTestId("register-q").fill(`分页${tag}`);
    await page.getByTestId("register-platform").selectOption("douyin");
    await page.getByTestId("register-search").click();
    await expect.poll(() => page.getByTestId("register-row").count()).toBe(20);
    const firstPage = new URL(page.url()).hash;
    expect(new URLSearchParams(firstPage.split("?")[1]).get("q")).toBe(`分页${tag}`);
    expect(new URLSearchParams(firstPage.split("?")[1]).get("platform")).toBe("douyin");

    await page.getByTestId("register-next").click();
    await expect.poll(() => page.getByTestId("register-row").count()).toBe(2);
    expect(new URL(page.url()).hash).toContain("cursor=");
    expect(await page.getByTestId("register-page").textContent()).toBe("第 2 页");

    await page.reload();
    await expect.poll(() => page.getByTestId("register-row").count()).toBe(2);
    expect(await page.getByTestId("register-q").inputValue()).toBe(`分页${tag}`);
    expect(await page.getByTestId("register-platform").inputValue()).toBe("douyin");
    expect(await page.getByTestId("register-page").textContent()).toBe("第 2 页");

    await page.goBack();
    await expect.poll(() => page.getByTestId("register-row").count()).toBe(20);
    expect(new URL(page.url()).hash).toBe(firstPage);
    expect(await page.getByTestId("register-q").inputValue()).toBe(`分页${tag}`);

    await page.getByTestId("register-next").click();
    await expect.poll(() => page.getByTestId("register-row").count()).toBe(2);
    await page.getByTestId("register-prev").click();
    await expect.poll(() => page.getByTestId("register-row").count()).toBe(20);
    expect(await page.getByTestId("register-page").textContent()).toBe("第 1 页");
    await page.close();
  });
});
