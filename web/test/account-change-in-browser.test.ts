import type { Filing, Platform } from "@beian/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filingInput } from "../../test/support/fixtures.js";
import { decide, login } from "../../test/support/flow.js";
import type { HttpClient } from "../../test/support/http-client.js";
import { RESULTS_DIR, startBrowserSystem, type BrowserSystem } from "../../test/support/browser-system.js";
import type { TestSystem } from "../../test/support/test-system.js";

const resultsDir = RESULTS_DIR;

let sys: BrowserSystem;
let ts: TestSystem;
let baseUrl: string;
let operatorApi: HttpClient;
const platforms: Platform[] = ["douyin", "bilibili", "kuaishou"];

beforeAll(async () => {
  sys = await startBrowserSystem();
  ({ ts, baseUrl } = sys);
  operatorApi = await login(ts, ts.directory.operator.email);
}, 120_000);

afterAll(() => sys?.stop());

/** A register account, opened through the real three-stage review; returns its open filing. */
async function filedAccount(): Promise<Filing> {
  const body = filingInput({ platform: platforms.shift()!, leader: { name: "李明", title: "县教育局副局长", phone: "13800000001" } });
  const response = await operatorApi.post("/api/filings", body);
  expect(response.status).toBe(201);
  const { filing } = (await response.json()) as { filing: Filing };
  for (const stage of ["first", "second", "final"] as const) await decide(ts, body.accountName, stage, "approve");
  await expect.poll(async () => (await ts.system.stores.filings.getFiling(filing.filingId))?.status).toBe("filed");
  return (await ts.system.stores.filings.getFiling(filing.filingId))!;
}

const logIn = (page: Page, email: string) => sys.logIn(page, email);

const newPage = () => sys.newPage();

describe("the account lifecycle in headless Chromium", () => {
  it("an operator files a 变更 of the supervising leader and sees it under 初审 with before → after", async () => {
    const opened = await filedAccount();
    const page = await newPage();
    await logIn(page, ts.directory.operator.email);

    // From the filed opening, the account card offers 变更备案.
    await page.goto(`${baseUrl}/#/filings/${opened.filingId}`);
    await page.getByTestId("change-account").click();
    await page.waitForURL(`**/#/accounts/${opened.accountId}/change`);
    const field = (path: string) => page.getByTestId(`field-${path}`);
    await expect.poll(() => field("leader.name").inputValue()).toBe("李明");
    expect(await field("platform").isDisabled()).toBe(true);
    expect(await field("platformAccountId").getAttribute("readonly")).not.toBeNull();

    // The server's field error (path "data.leader.phone") lands next to the phone field.
    await field("leader.name").fill("赵强");
    await field("leader.phone").fill("12345");
    await field("reason").fill("原主管领导职务调整，由赵强同志分管");
    await page.getByTestId("submit-change").click();
    const phoneError = page.locator('[data-error-for="leader.phone"]');
    await expect.poll(() => phoneError.isVisible()).toBe(true);
    expect(await phoneError.textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(await field("leader.phone").getAttribute("aria-invalid")).toBe("true");
    await page.screenshot({ path: `${resultsDir}/account-change-form.png`, fullPage: true });

    await field("leader.phone").fill("13900000077");
    await page.getByTestId("submit-change").click();
    await page.waitForURL((url) => /#\/filings\/[^/]+$/.test(url.hash) && !url.hash.includes(opened.filingId));
    await expect.poll(() => page.getByTestId("filing-kind").first().textContent()).toBe("变更备案");
    expect(await page.getByTestId("filing-status").first().textContent()).toContain("审核中");
    expect(await page.getByTestId("filing-stage").first().textContent()).toContain("初审");
    expect(await page.getByTestId("filing-reason").textContent()).toContain("原主管领导职务调整");
    const leaderRow = page.locator('[data-testid="change-row"][data-field="主管领导"]');
    expect(await leaderRow.getByTestId("change-before").textContent()).toBe("李明（县教育局副局长，13800000001）");
    expect(await leaderRow.getByTestId("change-after").textContent()).toBe("赵强（县教育局副局长，13900000077）");
    expect(await page.getByTestId("change-row").count()).toBe(1);

    // The review really started, and the list shows the filing's kind.
    await ts.mail.waitFor(ts.directory.reviewers.first.email, `待初审：${opened.data.accountName}`, 2);
    await page.screenshot({ path: `${resultsDir}/account-change-under-review.png`, fullPage: true });
    await page.goto(`${baseUrl}/#/filings`);
    await expect.poll(() => page.locator('[data-testid="filing-row"][data-kind="change"]').count()).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it("an admin suspends and restores an account with a reason given in a dialog; the account page shows both", async () => {
    const opened = await filedAccount();
    const page = await newPage();
    await logIn(page, ts.directory.admin.email);
    await page.goto(`${baseUrl}/#/filings/${opened.filingId}`);
    await expect.poll(() => page.getByTestId("account-status").textContent()).toBe("已备案");
    expect(await page.getByTestId("change-account").count()).toBe(0);

    await page.getByTestId("suspend-account").click();
    const dialog = page.getByTestId("status-dialog");
    await dialog.getByTestId("status-dialog-confirm").click();
    // An empty reason is caught before anything is sent; the account is untouched.
    await expect.poll(() => dialog.locator('[data-error-for="reason"]').isVisible()).toBe(true);
    expect((await ts.system.stores.accounts.getAccount(opened.accountId!))!.status).toBe("filed");

    await dialog.getByTestId("field-reason").fill("年度检查未通过");
    await dialog.getByTestId("status-dialog-confirm").click();
    await expect.poll(() => page.getByTestId("account-status").textContent()).toBe("已停用");
    expect(await page.getByTestId("account-card").textContent()).toContain("年度检查未通过");
    expect((await ts.system.stores.accounts.getAccount(opened.accountId!))!).toMatchObject({ status: "suspended", statusReason: "年度检查未通过" });

    // On the account's page, a restore refreshes its history too.
    await page.getByTestId("account-link").click();
    await page.waitForURL(`**/#/accounts/${opened.accountId}`);
    await page.getByTestId("restore-account").click();
    await page.getByTestId("status-dialog").getByTestId("field-reason").fill("整改完成");
    await page.getByTestId("status-dialog").getByTestId("status-dialog-confirm").click();
    await expect.poll(() => page.getByTestId("account-status").textContent()).toBe("已备案");
    await expect.poll(() => page.locator('[data-testid="account-history-entry"][data-action="account_restored"]').count()).toBe(1);
    expect(await page.locator('[data-testid="account-history-entry"][data-action="account_suspended"]').textContent()).toContain("年度检查未通过");
    expect((await ts.system.stores.audit.listAudit(opened.accountId!)).map((r) => r.action)).toEqual(["account_filed", "account_suspended", "account_restored"]);
    await page.close();
  });

  it("an operator files a 注销 after reading the 注销公告 warning, and resubmits it when returned", async () => {
    const opened = await filedAccount();
    const page = await newPage();
    await logIn(page, ts.directory.operator.email);
    await page.goto(`${baseUrl}/#/accounts/${opened.accountId}/cancel`);
    await expect.poll(() => page.getByTestId("cancel-warning").textContent()).toContain("注销公告");

    await page.getByTestId("submit-cancel").click();
    await expect.poll(() => page.locator('[data-error-for="reason"]').isVisible()).toBe(true);
    await page.getByTestId("field-reason").fill("不再使用");
    await page.getByTestId("submit-cancel").click();
    await page.waitForURL((url) => /#\/filings\/[^/]+$/.test(url.hash) && !url.hash.includes(opened.filingId));
    await expect.poll(() => page.getByTestId("filing-kind").first().textContent()).toBe("注销备案");
    expect(await page.getByTestId("filing-reason").textContent()).toContain("不再使用");
    const cancelId = decodeURIComponent(new URL(page.url()).hash.split("/").pop()!);

    await decide(ts, opened.data.accountName, "first", "return", { comment: "请写明撤并依据", nth: 2 });
    await expect.poll(async () => (await ts.system.stores.filings.getFiling(cancelId))?.status).toBe("returned");
    await page.reload();
    await page.getByTestId("resubmit").click();
    await expect.poll(() => page.getByTestId("field-reason").inputValue()).toBe("不再使用");
    await page.getByTestId("field-reason").fill("机构撤并（县编委〔2026〕5号），职能并入县融媒体中心");
    await page.getByTestId("submit-cancel").click();
    await page.waitForURL((url) => !url.hash.endsWith("/edit"));
    await expect.poll(() => page.getByTestId("filing-reason").textContent()).toContain("县编委〔2026〕5号");
    expect(await page.getByTestId("filing-stage").first().textContent()).toContain("初审");
    expect(await page.locator("body").textContent()).toContain("第 2 轮");
    await page.close();
  });
});
