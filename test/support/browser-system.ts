import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve, type ServerType } from "@hono/node-server";
import { chromium, type Page } from "playwright-core";
import { expect } from "vitest";
import { freePort } from "../../packages/local-runtime/src/free-port.js";
import { ensureWebBuilt, webAssets } from "../../packages/local-runtime/src/web-assets.js";
import { linkIn } from "./runtime-imports.js";
import { startTestSystem, TEST_BASE_URL, type TestSystemOptions } from "./test-system.js";

const webDir = fileURLToPath(new URL("../../web/", import.meta.url));
/** Screenshots the browser tests keep (git-ignored). */
export const RESULTS_DIR = fileURLToPath(new URL("../../test-results/", import.meta.url));

/**
 * The test system served over real HTTP with the built page, and headless Debian Chromium.
 * Emailed links keep the test system's URL (so the HTTP helpers can follow them too); the
 * browser follows them on the real server.
 */
export async function startBrowserSystem(options: Pick<TestSystemOptions, "clock"> = {}) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const ts = await startTestSystem({ staticFiles: webAssets(await ensureWebBuilt(webDir)), clock: options.clock });
  const server = await new Promise<ServerType>((ready) => {
    const s = serve({ fetch: ts.system.app.fetch, hostname: "127.0.0.1", port }, () => ready(s));
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  mkdirSync(RESULTS_DIR, { recursive: true });

  return {
    ts,
    baseUrl,
    browser,
    /** A fresh page (its own cookies and storage); page errors are printed, so a broken view shows why. */
    async newPage(viewport = { width: 1280, height: 900 }) {
      const page = await browser.newPage({ locale: "zh-CN", viewport });
      page.on("pageerror", (error) => console.error(`[page error] ${error.message}`));
      return page;
    },
    /** Where an emailed link points, on the real server. */
    onServer: (link: string) => link.replace(TEST_BASE_URL, baseUrl),

    /** Logs in through the page and the emailed magic link, as a person would. */
    async logIn(page: Page, email: string) {
      await page.goto(baseUrl);
      await this.logInHere(page, email);
    },

    /** Logs in from the login view already on the page (whatever view the visitor was heading to). */
    async logInHere(page: Page, email: string) {
      const before = (await ts.mail.to(email)).filter((m) => m.subject.includes("登录链接")).length;
      await page.getByTestId("login-email").fill(email);
      await page.getByTestId("login-submit").click();
      await expect.poll(() => page.getByTestId("login-sent").isVisible()).toBe(true);
      const [mail] = (await ts.mail.waitFor(email, "登录链接", before + 1)).slice(-1);
      await page.goto(linkIn(mail, `${TEST_BASE_URL}/auth/verify?token=`).replace(TEST_BASE_URL, baseUrl));
      await page.getByTestId("confirm-login").click();
      await page.waitForURL(`${baseUrl}/**`);
      await expect.poll(() => page.getByTestId("person-name").isVisible()).toBe(true);
    },

    async stop() {
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
      await ts.system.stop();
    },
  };
}

export type BrowserSystem = Awaited<ReturnType<typeof startBrowserSystem>>;
