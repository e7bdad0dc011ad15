import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "../../test/support/axe.js";
import { RESULTS_DIR, startBrowserSystem, type BrowserSystem } from "../../test/support/browser-system.js";
import { decideContent, filedAccounts } from "../../test/support/content.js";
import { reviewLink } from "../../test/support/flow.js";

let sys: BrowserSystem;

beforeAll(async () => {
  sys = await startBrowserSystem();
  await filedAccounts(sys.ts, 1);
}, 180_000);

afterAll(() => sys?.stop());

describe("先审后发 in headless Chromium", () => {
  it("an operator writes a draft, sees the word-check hits, submits with a reason; the reviewer's confirm page shows the marked hits and, in round 2, the diff", async () => {
    const page = await sys.newPage();
    const { operator, reviewers } = sys.ts.directory;
    await sys.logIn(page, operator.email);
    await page.goto(`${sys.baseUrl}/#/content`);
    await page.getByTestId("new-draft").click();

    const title = `关于开展交流活动的通知${Date.now() % 100000}`;
    await page.getByTestId("account-choice").first().check();
    await page.getByTestId("field-title").fill(title);
    await page.getByTestId("field-author").fill("王芳");
    await page.getByTestId("field-body").fill("各学校：\n本次交流团将赴南朝鲜参观学习，请各校再接再励，做好准备。\n报名截止时间为9月1日。");
    await page.getByTestId("check-words").click();
    await expect.poll(() => page.getByTestId("hit").count()).toBe(2);
    expect(await page.locator('[data-testid="hit"][data-severity="serious"]').textContent()).toContain("南朝鲜");
    await page.screenshot({ path: `${RESULTS_DIR}content-draft-hits.png`, fullPage: true });

    await page.getByTestId("save-draft").click();
    await page.getByTestId("submit-panel").waitFor();
    expect(await page.locator('[data-testid="marked-body"] mark.hit-serious').textContent()).toBe("南朝鲜");
    // No reason yet: the 严重 hit blocks 送审.
    await page.getByTestId("submit-draft").click();
    await expect.poll(() => page.getByTestId("submit-error").textContent()).toContain("南朝鲜");
    await page.getByTestId("hit-reason").fill("引用外方来函原文");
    await page.getByTestId("submit-draft").click();
    await expect.poll(() => page.getByTestId("draft-status").textContent()).toBe("审核中");
    await page.screenshot({ path: `${RESULTS_DIR}content-draft-in-review.png`, fullPage: true });

    // 初审 returns it; the operator corrects the date and submits round 2.
    await decideContent(sys.ts, title, "first", "return", { comment: "报名截止时间有误" });
    await page.reload();
    await expect.poll(() => page.getByTestId("draft-status").textContent()).toBe("已退回修改");
    await page.getByTestId("edit-draft").click();
    const body = page.getByTestId("field-body");
    await body.fill((await body.inputValue()).replace("9月1日", "8月25日"));
    await page.getByTestId("save-draft").click();
    await page.getByTestId("submit-panel").waitFor();
    await page.getByTestId("hit-reason").fill("引用外方来函原文");
    await page.getByTestId("submit-draft").click();
    await expect.poll(() => page.getByTestId("draft-status").textContent()).toBe("审核中");

    const reviewer = await sys.newPage();
    const path = await reviewLink(sys.ts.mail, reviewers.first.email, "first", title, 2);
    await reviewer.goto(`${sys.baseUrl}${path}`);
    expect(await reviewer.locator('[data-testid="body-marked"] mark.hit-serious').textContent()).toBe("南朝鲜");
    expect(await reviewer.locator('[data-testid="body-marked"] mark.hit').textContent()).toBe("再接再励");
    expect(await reviewer.locator('[data-testid="body-diff"] del').allTextContents()).toContain("9");
    expect((await reviewer.locator('[data-testid="body-diff"] ins').allTextContents()).join("")).toContain("8");
    expect(await reviewer.getByTestId("hit-confirmation").textContent()).toContain("引用外方来函原文");
    await reviewer.screenshot({ path: `${RESULTS_DIR}content-review-confirm.png`, fullPage: true });
    expect(await seriousA11yViolations(reviewer)).toEqual([]);
    await reviewer.close();

    for (const hash of ["#/content", "#/update-monitor"]) {
      await page.goto(`${sys.baseUrl}/${hash}`);
      await page.locator('[data-testid="draft-row"], [data-testid="monitor-row"], .empty').first().waitFor();
      expect(await seriousA11yViolations(page), hash).toEqual([]);
    }
    await page.close();
  });

  it("the registry office adds a word to the dictionary on 错敏词库 and sees 更新监测 by unit", async () => {
    const page = await sys.newPage();
    await sys.logIn(page, sys.ts.directory.admin.email);
    await page.goto(`${sys.baseUrl}/#/word-dictionary`);
    await page.getByTestId("entry-wrong").fill("测试错词");
    await page.getByTestId("entry-suggestion").fill("测试正词");
    await page.getByTestId("entry-source").fill("县网信办通知");
    await page.getByTestId("add-entry").click();
    await expect.poll(() => page.locator('[data-testid="dictionary-entry"]', { hasText: "测试错词" }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${RESULTS_DIR}content-dictionary.png`, fullPage: true });

    await sys.ts.system.services.content.monitor.sweep();
    await page.goto(`${sys.baseUrl}/#/update-monitor`);
    await page.getByTestId("monitor-row").first().waitFor();
    expect(await page.getByTestId("monitor-unit").first().textContent()).toContain("清河县教育局");
    await page.screenshot({ path: `${RESULTS_DIR}content-update-monitor.png`, fullPage: true });
    await page.close();
  });
});
