import { mkdirSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { serve, type ServerType } from "@hono/node-server";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../packages/local-runtime/src/free-port.js";
import { ensureWebBuilt, webAssets } from "../../packages/local-runtime/src/web-assets.js";
import { readImportFile } from "../../packages/http/src/register-files.js";
import { csvOf, importRow } from "../../test/support/register.js";
import { linkIn } from "../../test/support/runtime-imports.js";
import { startTestSystem, type TestSystem } from "../../test/support/test-system.js";

const webDir = fileURLToPath(new URL("..", import.meta.url));
const resultsDir = fileURLToPath(new URL("../../test-results/", import.meta.url));

let ts: TestSystem;
let server: ServerType;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  ts = await startTestSystem({ baseUrl, staticFiles: webAssets(await ensureWebBuilt(webDir)) });
  server = await new Promise<ServerType>((ready) => {
    const s = serve({ fetch: ts.system.app.fetch, hostname: "127.0.0.1", port }, () => ready(s));
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  await ts?.system.stop();
});

async function logIn(page: Page, email: string) {
  await page.goto(baseUrl);
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-submit").click();
  await expect.poll(() => page.getByTestId("login-sent").isVisible()).toBe(true);
  const [mail] = (await ts.mail.waitFor(email, "登录链接")).slice(-1);
  await page.goto(linkIn(mail, `${baseUrl}/auth/verify?token=`));
  await page.getByTestId("confirm-login").click();
  await page.waitForURL(`${baseUrl}/**`);
}

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

    const page = await browser.newPage({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
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
    mkdirSync(resultsDir, { recursive: true });
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
