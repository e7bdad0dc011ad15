import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESULTS_DIR, startBrowserSystem, type BrowserSystem } from "../../test/support/browser-system.js";

let sys: BrowserSystem;

beforeAll(async () => {
  sys = await startBrowserSystem();
}, 120_000);

afterAll(() => sys?.stop());

describe("the page in headless Chromium", () => {
  it("an operator logs in by email link, files an account, sees it under 初审 and withdraws it with a reason", async () => {
    const page = await sys.newPage();
    const { operator } = sys.ts.directory;
    await sys.logIn(page, operator.email);
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

    await expect.poll(() => page.getByTestId("filing-status").first().textContent()).toContain("审核中");
    expect(await page.getByTestId("filing-stage").first().textContent()).toContain("初审");
    expect(await page.locator("body").textContent()).toContain(accountName);

    // The review really started: the 初审 reviewer was emailed a link for this account.
    await sys.ts.mail.waitFor(sys.ts.directory.reviewers.first.email, `待初审：${accountName}`);
    await expect.poll(() => page.getByTestId("history-entry").count()).toBeGreaterThanOrEqual(1);

    await page.screenshot({ path: `${RESULTS_DIR}filing-under-review.png`, fullPage: true });

    // 撤回: Esc closes the dialog without a change; a reason is required; then the review ends.
    await page.getByTestId("withdraw").click();
    const dialog = page.getByTestId("withdraw-dialog");
    await expect.poll(() => dialog.getByTestId("field-reason").evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByTestId("withdraw").click();
    await dialog.getByTestId("withdraw-dialog-confirm").click();
    await expect.poll(() => dialog.locator('[data-error-for="reason"]').isVisible()).toBe(true);
    expect(await page.getByTestId("filing-status").first().textContent()).toContain("审核中");
    await dialog.getByTestId("field-reason").fill("账号名称需按编办批复调整");
    await dialog.getByTestId("withdraw-dialog-confirm").click();
    await expect.poll(() => page.getByTestId("filing-status").first().textContent()).toContain("已撤回");
    expect(await dialog.count()).toBe(0);
    expect(await page.getByTestId("withdraw").count()).toBe(0);
    await page.close();
  });
});
