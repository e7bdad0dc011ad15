import type { ReviewChain } from "@beian/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESULTS_DIR, startBrowserSystem, type BrowserSystem } from "../../test/support/browser-system.js";
import { login } from "../../test/support/flow.js";

let sys: BrowserSystem;

beforeAll(async () => {
  sys = await startBrowserSystem();
}, 120_000);

afterAll(() => sys?.stop());

describe("审核流程配置 in headless Chromium", () => {
  it("an admin adds reviewers one at a time (mouse and keyboard), removes one, and saves exactly those", async () => {
    const { admin, otherUnitId, reviewers, backups } = sys.ts.directory;
    const page = await sys.newPage();
    await sys.logIn(page, admin.email);
    await page.getByTestId("nav-review-chains").click();
    await page.getByTestId("override-unit").selectOption(otherUnitId);
    const scope = `chain-${otherUnitId}-first`;
    const chips = page.getByTestId(`${scope}-chosen`);

    // Two people added one after the other: the second does not replace the first.
    await page.getByTestId(`${scope}-select`).selectOption(reviewers.first.personId);
    await page.getByTestId(`${scope}-add`).click();
    await page.getByTestId(`${scope}-select`).selectOption(reviewers.final.personId);
    await page.getByTestId(`${scope}-add`).click();
    await expect.poll(() => chips.count()).toBe(2);

    // By keyboard alone: arrow through the select to a person, Tab to 添加, Enter.
    const select = page.getByTestId(`${scope}-select`);
    await select.focus();
    for (let i = 0; i < 20 && (await select.inputValue()) !== backups.first.personId; i++) await page.keyboard.press("ArrowDown");
    expect(await select.inputValue()).toBe(backups.first.personId);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(`${scope}-add`);
    await page.keyboard.press("Enter");
    await expect.poll(() => chips.count()).toBe(3);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(`${scope}-select`);

    // The 终审 reviewer at 初审 too would leave nobody for one stage: the save is refused, in words.
    await page.getByTestId(`chain-save-${otherUnitId}`).click();
    await expect.poll(() => page.getByTestId(`chain-form-${otherUnitId}`).textContent()).toContain("同一人只能审核同一事项的一个环节");

    // 移除 takes out that one person only; focus stays in the picker.
    await page.getByTestId(`${scope}-remove-${reviewers.final.personId}`).click();
    await expect.poll(() => chips.count()).toBe(2);
    expect(await chips.evaluateAll((els) => els.map((el) => el.getAttribute("data-person-id")))).toEqual([reviewers.first.personId, backups.first.personId]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(`${scope}-select`);
    await page.screenshot({ path: `${RESULTS_DIR}review-chain-picker.png`, fullPage: true });

    await page.getByTestId(`chain-save-${otherUnitId}`).click();
    await expect.poll(() => page.getByTestId("chain-saved").textContent()).toContain("已保存");
    const adminApi = await login(sys.ts, admin.email);
    const chains = (await (await adminApi.get("/api/review-chains/filing")).json()) as { overrides: ReviewChain[] };
    expect(chains.overrides.find((c) => c.scope === otherUnitId)?.stages).toEqual({ first: [reviewers.first.personId, backups.first.personId] });
    await page.close();
  });
});
