import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "../../test/support/axe.js";
import { RESULTS_DIR, startBrowserSystem, type BrowserSystem } from "../../test/support/browser-system.js";
import { filedAccounts } from "../../test/support/content.js";
import { reviewLink } from "../../test/support/flow.js";

let sys: BrowserSystem;
let accountNames: string[];
const year = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));

beforeAll(async () => {
  sys = await startBrowserSystem();
  const ids = await filedAccounts(sys.ts, 2);
  await filedAccounts(sys.ts, 1, sys.ts.directory.otherUnitId);
  accountNames = await Promise.all(ids.map(async (id) => (await sys.ts.system.stores.accounts.getAccount(id))!.accountName));
}, 180_000);

afterAll(() => sys?.stop());

describe("年度检查 in headless Chromium", () => {
  it("the registry office starts the year's inspection and follows its progress by unit", async () => {
    const page = await sys.newPage();
    await sys.logIn(page, sys.ts.directory.admin.email);
    await page.getByTestId("nav-inspection").click();
    await page.getByTestId("start-campaign").waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByTestId("start-campaign-submit").click();
    await page.waitForURL(`**/#/inspection/${year}`);
    // The opening runs in the background: the campaign is open once every unit has been told.
    await expect
      .poll(async () => {
        await page.reload();
        await page.getByTestId("campaign-summary").waitFor();
        return page.getByTestId("campaign-status").textContent();
      }, { timeout: 20_000 })
      .toBe("进行中");
    expect(await page.getByTestId("unit-row").count()).toBe(2);
    const own = page.locator(`[data-testid="unit-row"][data-unit-id="${sys.ts.directory.unitId}"]`);
    expect(await own.getByTestId("unsubmitted").textContent()).toBe("2");
    await sys.ts.mail.waitFor(sys.ts.directory.operator.email, `${year} 年度政务新媒体年度检查`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });

  it("a unit fills in its report with the system's figures read-only beside the fields, submits it, and the reviewer scores it; the admin sees the progress move", async () => {
    const page = await sys.newPage();
    await sys.logIn(page, sys.ts.directory.operator.email);
    await page.getByTestId("nav-annual-reports").click();
    await expect.poll(() => page.getByTestId("report-row").count()).toBe(2);
    expect(await page.getByTestId("unit-deadline").textContent()).toContain("尚未提交 2 份");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("link", { name: accountNames[0] }).click();
    await page.getByTestId("report-form").waitFor();
    expect(await page.getByTestId("report-figures").textContent()).toContain("本年度发布");
    expect(await page.getByTestId("report-account").textContent()).toContain(accountNames[0]);

    // Submitted empty: field errors in Chinese beside their fields.
    await page.getByTestId("report-submit").click();
    await expect.poll(() => page.getByTestId("form-error").textContent()).toContain("必填");
    await page.getByTestId("field-interaction.messagesReceived").fill("86");
    await page.getByTestId("field-interaction.messagesAnswered").fill("90");
    await page.getByTestId("field-interaction.averageReplyDays").fill("1.5");
    await page.getByTestId("field-interaction.functionsWorking").selectOption("yes");
    await page.getByTestId("field-rectification").fill("上年度指出的更新不及时问题已整改，建立每周发布计划。");
    await page.getByTestId("field-selfAssessment.grade").selectOption("qualified");
    await page.getByTestId("field-selfAssessment.text").fill("全年正常更新，留言均已答复，无安全事件。");
    await page.getByTestId("field-leader.name").fill("李明");
    await page.getByTestId("field-leader.title").fill("副局长");
    await page.getByTestId("field-leader.confirmed").check();
    await page.getByTestId("report-submit").click();
    await expect.poll(() => page.locator('[data-error-for="interaction.messagesAnswered"]').textContent()).toBe("已答复数不能多于收到的留言数");
    await page.getByTestId("field-interaction.messagesAnswered").fill("80");
    await page.screenshot({ path: `${RESULTS_DIR}inspection-report-form.png`, fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByTestId("report-submit").click();
    await expect.poll(() => page.getByTestId("report-status-label").textContent()).toBe("审核中");
    expect(await page.getByTestId("report-answers").textContent()).toContain("80 条（答复率 93％".replace("％", "%"));
    await page.screenshot({ path: `${RESULTS_DIR}inspection-report-submitted.png`, fullPage: true });
    await page.close();

    // 初审 from the emailed link: the figures beside the answers, the score sheet against the indicators.
    const reviewer = await sys.newPage();
    const path = await reviewLink(sys.ts.mail, sys.ts.directory.reviewers.first.email, "first", accountNames[0]);
    await reviewer.goto(`${sys.baseUrl}${path}`);
    expect(await reviewer.getByTestId("figures").textContent()).toContain("最长未更新间隔");
    expect(await reviewer.getByTestId("answers").textContent()).toContain("80 条");
    expect(await reviewer.getByTestId("assessment").textContent()).toContain("单项否决");
    await reviewer.screenshot({ path: `${RESULTS_DIR}inspection-review-confirm.png`, fullPage: true });
    expect(await seriousA11yViolations(reviewer)).toEqual([]);
    for (const box of await reviewer.locator('input[name="checklist"]').all()) await box.check();
    await reviewer.locator('input[name="a:deduct.replies"]').fill("4");
    await reviewer.getByTestId("approve").click();
    await reviewer.getByText("审核决定已提交").waitFor();
    await reviewer.close();

    const admin = await sys.newPage();
    await sys.logIn(admin, sys.ts.directory.admin.email);
    await admin.goto(`${sys.baseUrl}/#/inspection/${year}`);
    const own = admin.locator(`[data-testid="unit-row"][data-unit-id="${sys.ts.directory.unitId}"]`);
    await expect.poll(() => own.getByTestId("submitted").textContent()).toBe("1");
    expect(await own.getByTestId("unsubmitted").textContent()).toBe("1");
    expect(await admin.getByTestId("campaign-totals").textContent()).toContain("共 3 个账号：已提交 1，审核中 1");
    await admin.screenshot({ path: `${RESULTS_DIR}inspection-progress.png`, fullPage: true });
    await own.getByRole("link").click();
    await expect.poll(() => admin.getByTestId("report-row").count()).toBe(2);
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await admin.goto(`${sys.baseUrl}/#/inspection/indicators`);
    await admin.getByTestId("indicators-form").waitFor();
    expect(await admin.getByTestId("current-indicators").textContent()).toContain("监测点前两周内无更新");
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await admin.screenshot({ path: `${RESULTS_DIR}inspection-indicators.png`, fullPage: true });
    await admin.close();
  });
});
