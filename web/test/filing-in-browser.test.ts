import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve, type ServerType } from "@hono/node-server";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../packages/local-runtime/src/free-port.js";
import { ensureWebBuilt, webAssets } from "../../packages/local-runtime/src/web-assets.js";
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

describe("the page in headless Chromium", () => {
  it("an operator logs in by email link, files an account and sees it under 初审", async () => {
    const page = await browser.newPage({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
    const { operator } = ts.directory;
    await logIn(page, operator.email);
    await expect.poll(() => page.getByTestId("person-name").textContent()).toContain(operator.name);

    await page.getByTestId("new-filing").click();
    const accountName = `清河教育发布${Date.now() % 100000}`;
    const field = (path: string) => page.getByTestId(`field-${path}`);
    await field("platform").selectOption("weibo");
    await field("accountName").fill(accountName);
    await field("platformAccountId").fill(`https://weibo.com/u/${Date.now()}`);
    await field("purpose").fill("发布教育政策、招生考试信息，回应群众关切。");
    await field("publishingScope").fill("教育政务公开、政策解读、招生考试、校园安全提示。");
    await field("leader.name").fill("李明");
    await field("leader.title").fill("县教育局副局长");
    await field("leader.phone").fill("13800000001");
    await field("administrators.0.name").fill("王芳");
    await field("administrators.0.phone").fill("13800000002");
    await field("administrators.0.email").fill("wangfang@edu.qinghe.gov.cn");
    await field("administrators.0.onPayroll").check();
    await field("verification").selectOption("verified");
    await page.getByTestId("submit-filing").click();

    await expect.poll(() => page.getByTestId("filing-status").first().textContent(), { timeout: 10_000 }).toContain("审核中");
    expect(await page.getByTestId("filing-stage").first().textContent()).toContain("初审");
    expect(await page.locator("body").textContent()).toContain(accountName);

    // The review really started: the 初审 reviewer was emailed a link for this account.
    await ts.mail.waitFor(ts.directory.reviewers.first.email, `待初审：${accountName}`);
    await expect.poll(() => page.getByTestId("history-entry").count()).toBeGreaterThanOrEqual(1);

    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: `${resultsDir}/filing-under-review.png`, fullPage: true });
    await page.close();
  });
});
