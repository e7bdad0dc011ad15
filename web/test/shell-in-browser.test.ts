import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESULTS_DIR, startBrowserSystem, type BrowserSystem } from "../../test/support/browser-system.js";
import { login } from "../../test/support/flow.js";
import type { HttpClient } from "../../test/support/http-client.js";
import { submitFiling } from "./support/filed-account.js";

let sys: BrowserSystem;
let operatorApi: HttpClient;
const SYSTEM = "政务新媒体备案管理系统";

beforeAll(async () => {
  sys = await startBrowserSystem();
  operatorApi = await login(sys.ts, sys.ts.directory.operator.email);
}, 120_000);

afterAll(() => sys?.stop());

const hashOf = (url: string) => new URL(url).hash;

describe("the shell in headless Chromium", () => {
  it("an emailed link to a filing, opened while logged out, lands on that filing after log-in", async () => {
    const { filing } = await submitFiling(operatorApi, { platform: "weibo" });
    const page = await sys.newPage();
    await page.goto(`${sys.baseUrl}/#/filings/${filing.filingId}`);
    await page.getByTestId("login-email").waitFor();
    await expect.poll(() => page.title()).toBe(`登录 - ${SYSTEM}`);

    await sys.logInHere(page, sys.ts.directory.operator.email);
    await expect.poll(() => hashOf(page.url())).toBe(`#/filings/${filing.filingId}`);
    await expect.poll(() => page.getByTestId("filing-stage").first().textContent()).toContain("初审");
    await expect.poll(() => page.title()).toBe(`备案详情 - ${SYSTEM}`);

    // The destination is used once: the next visit to the site starts at home.
    await page.goto(`${sys.baseUrl}/`);
    await page.getByTestId("new-filing").waitFor();
    expect(hashOf(page.url())).toBe("#/dashboard");
    await expect.poll(() => page.title()).toBe(`本单位概况 - ${SYSTEM}`);
    await page.close();
  });

  it("never follows a remembered destination that is not one of the page's own routes", async () => {
    const page = await sys.newPage();
    await page.goto(sys.baseUrl);
    await page.getByTestId("login-email").waitFor();
    await page.evaluate(() => localStorage.setItem("beian.returnTo", JSON.stringify({ hash: "https://evil.example/#/", until: Date.now() + 600_000 })));
    await sys.logInHere(page, sys.ts.directory.operator.email);
    await page.getByTestId("new-filing").waitFor();
    expect(new URL(page.url()).origin).toBe(sys.baseUrl);
    expect(hashOf(page.url())).toBe("#/dashboard");
    await page.close();
  });

  it("a reviewer opening 备案登记 gets 无权查看 before anything of the register renders or is asked for", async () => {
    const page = await sys.newPage();
    await page.addInitScript(() => {
      const seen = { register: false };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="register-q"], .register-filters')) seen.register = true;
      }).observe(document, { childList: true, subtree: true });
    });
    const registerCalls: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/api/register")) registerCalls.push(request.url());
    });
    await sys.logIn(page, sys.ts.directory.reviewers.first.email);
    await expect.poll(() => hashOf(page.url())).toBe("#/my-reviews");
    expect(await page.getByTestId("nav-register").count()).toBe(0);

    await page.goto(`${sys.baseUrl}/#/register?platform=wechat`);
    await page.getByTestId("forbidden").waitFor();
    expect(await page.locator("h1").textContent()).toBe("无权查看");
    await expect.poll(() => page.title()).toBe(`无权查看 - ${SYSTEM}`);
    expect(await page.evaluate(() => (window as unknown as { seen: { register: boolean } }).seen.register)).toBe(false);
    expect(registerCalls).toEqual([]);
    await page.screenshot({ path: `${RESULTS_DIR}forbidden.png` });
    await page.close();
  });

  it("an unknown route is 页面不存在, and the tab names each view", async () => {
    const page = await sys.newPage();
    await sys.logIn(page, sys.ts.directory.operator.email);
    await page.goto(`${sys.baseUrl}/#/no-such-view/1`);
    await page.getByTestId("not-found").waitFor();
    await expect.poll(() => page.title()).toBe(`页面不存在 - ${SYSTEM}`);

    await page.getByTestId("nav-register").click();
    await page.getByTestId("register-q").waitFor();
    await expect.poll(() => page.title()).toBe(`备案登记 - ${SYSTEM}`);
    await page.getByTestId("nav-credential-tasks").click();
    await expect.poll(() => page.title()).toBe(`账号安全 - ${SYSTEM}`);

    // The skip link is an in-page anchor, not a view: the view stays.
    await page.locator(".skip-link").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => hashOf(page.url())).toBe("#main");
    expect(await page.getByTestId("not-found").count()).toBe(0);
    await expect.poll(() => page.title()).toBe(`账号安全 - ${SYSTEM}`);
    await page.close();
  });
});
