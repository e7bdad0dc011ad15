import type { Filing } from "@beian/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "../../test/support/axe.js";
import { RESULTS_DIR, startBrowserSystem, type BrowserSystem } from "../../test/support/browser-system.js";
import { login } from "../../test/support/flow.js";
import { filedAccount, submitFiling } from "./support/filed-account.js";

type Who = "public" | "operator" | "admin" | "reviewer";

/** A main view: who opens it, where, and the element that shows it has loaded. */
interface View {
  slug: string;
  who: Who;
  hash: string;
  ready: string;
  /** What to do on the view before checking it (a public check shows its answer). */
  act?: (page: Page) => Promise<void>;
}

let sys: BrowserSystem;
let filed: Filing;
let views: View[];

beforeAll(async () => {
  sys = await startBrowserSystem();
  const operatorApi = await login(sys.ts, sys.ts.directory.operator.email);
  filed = await filedAccount(sys.ts, operatorApi, { platform: "douyin" });
  // One filing left under 初审, so 待我审核 has a row.
  await submitFiling(operatorApi, { platform: "kuaishou" });
  views = [
    { slug: "login", who: "public", hash: "#/", ready: '[data-testid="login-email"]' },
    {
      slug: "verify",
      who: "public",
      hash: "#/verify",
      ready: '[data-testid="verify-match"]',
      act: async (page) => {
        await page.getByTestId("verify-q").fill(filed.filingNumber!);
        await page.getByTestId("verify-submit").click();
      },
    },
    { slug: "filing-list", who: "operator", hash: "#/filings", ready: '[data-testid="filing-row"]' },
    { slug: "filing-form", who: "operator", hash: "#/filings/new", ready: '[data-testid="filing-form"]' },
    { slug: "filing-detail", who: "operator", hash: `#/filings/${filed.filingId}`, ready: '[data-testid="filing-number"]' },
    { slug: "register", who: "operator", hash: "#/register", ready: '[data-testid="register-row"]' },
    { slug: "account-page", who: "operator", hash: `#/accounts/${filed.accountId}`, ready: '[data-testid="custody-panel"]' },
    { slug: "credential-tasks", who: "operator", hash: "#/credential-tasks", ready: '[data-testid="tasks-empty"], [data-testid="credential-tasks"]' },
    { slug: "my-reviews", who: "reviewer", hash: "#/my-reviews", ready: '[data-testid="inbox"]' },
    { slug: "directory", who: "admin", hash: "#/directory", ready: '[data-testid="people-table"]' },
    { slug: "review-chains", who: "admin", hash: "#/review-chains", ready: '[data-testid="pending-tasks"]' },
    { slug: "register-admin", who: "admin", hash: "#/register", ready: '[data-testid="register-row"]' },
  ];
}, 180_000);

afterAll(() => sys?.stop());

/** One page per kind of visitor, signed in as that person. */
async function pagesFor(viewport: { width: number; height: number }): Promise<Record<Who, Page>> {
  const { directory } = sys.ts;
  const emails: Record<Exclude<Who, "public">, string> = { operator: directory.operator.email, admin: directory.admin.email, reviewer: directory.reviewers.first.email };
  const pages = { public: await sys.newPage(viewport) } as Record<Who, Page>;
  for (const who of ["operator", "admin", "reviewer"] as const) {
    pages[who] = await sys.newPage(viewport);
    await sys.logIn(pages[who], emails[who]);
  }
  return pages;
}

async function open(page: Page, view: View): Promise<void> {
  await page.goto(`${sys.baseUrl}/${view.hash}`);
  await view.act?.(page);
  await page.locator(view.ready).first().waitFor();
}

describe("every main view in headless Chromium", () => {
  it("has no serious or critical accessibility violations (axe-core)", async () => {
    const pages = await pagesFor({ width: 1280, height: 900 });
    const found: Record<string, unknown[]> = {};
    for (const view of views) {
      const page = pages[view.who];
      await open(page, view);
      found[view.slug] = await seriousA11yViolations(page);
      await page.screenshot({ path: `${RESULTS_DIR}view-${view.slug}.png`, fullPage: true });
    }
    expect(found).toEqual(Object.fromEntries(views.map((v) => [v.slug, []])));
    for (const page of Object.values(pages)) await page.close();
  });

  it("fits a 375 px phone screen without scrolling sideways", async () => {
    const pages = await pagesFor({ width: 375, height: 812 });
    const overflow: Record<string, number> = {};
    for (const view of views) {
      const page = pages[view.who];
      await open(page, view);
      overflow[view.slug] = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await page.screenshot({ path: `${RESULTS_DIR}phone-${view.slug}.png`, fullPage: true });
    }
    expect(Object.entries(overflow).filter(([, pixels]) => pixels > 0)).toEqual([]);
    expect(Object.keys(overflow)).toHaveLength(views.length);
    for (const page of Object.values(pages)) await page.close();
  });

  it("never breaks a filing number across lines", async () => {
    const page = await sys.newPage({ width: 375, height: 812 });
    await sys.logIn(page, sys.ts.directory.operator.email);
    for (const view of views.filter((v) => ["filing-list", "filing-detail", "register", "account-page"].includes(v.slug))) {
      await open(page, view);
      const numbers = await page.evaluate(() =>
        [...document.querySelectorAll("body *")]
          .filter((el) => el.children.length === 0 && /^BA-\d{4}-[A-Z]+-\d+$/.test(el.textContent?.trim() ?? ""))
          .map((el) => ({ text: el.textContent, whiteSpace: getComputedStyle(el).whiteSpace, lines: el.getClientRects().length })),
      );
      expect(numbers.length, view.slug).toBeGreaterThan(0);
      for (const n of numbers) expect(n, view.slug).toMatchObject({ whiteSpace: "nowrap", lines: 1 });
    }
    await page.close();
  });

  it("says under every phone and email field what it expects, and how the register's text search matches", async () => {
    const hintOf = (page: Page, testId: string) =>
      page.getByTestId(testId).evaluate((el) =>
        (el.getAttribute("aria-describedby") ?? "")
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" "),
      );
    const operator = await sys.newPage();
    await sys.logIn(operator, sys.ts.directory.operator.email);
    await operator.goto(`${sys.baseUrl}/#/filings/new`);
    for (const phone of ["field-leader.phone", "field-administrators.0.phone"]) expect(await hintOf(operator, phone)).toContain("手机号 11 位，或固定电话如 0310-1234567");
    expect(await hintOf(operator, "field-administrators.0.email")).toContain("如 zhangsan@example.gov.cn");
    await operator.getByTestId("add-administrator").click();
    expect(await hintOf(operator, "field-administrators.1.phone")).toContain("手机号 11 位");
    await operator.goto(`${sys.baseUrl}/#/register`);
    expect(await hintOf(operator, "register-q")).toBe("按账号名称开头、平台账号或网址、备案编号查找");
    await operator.close();

    const admin = await sys.newPage();
    await sys.logIn(admin, sys.ts.directory.admin.email);
    await admin.goto(`${sys.baseUrl}/#/directory`);
    expect(await hintOf(admin, "person-phone")).toContain("手机号 11 位");
    expect(await hintOf(admin, "person-email")).toContain("如 zhangsan@example.gov.cn");
    expect(await hintOf(admin, "field-contactPhone")).toContain("手机号 11 位");
    await admin.close();
  });
});
