import { ApiError } from "../api.js";
import { h, mount, notice, pageTitle } from "../dom.js";
import { formatTime } from "../format.js";
import { registerApi } from "../register-api.js";
import type { PublicAccount } from "../register-types.js";

/** #/verify (no login): 账号核验 — is this an officially filed account? — and the 注销公告. */
export function renderPublicVerify(main: HTMLElement, isCurrent: () => boolean): void {
  const input = h("input", { id: "verify-q", type: "text", maxlength: 200, placeholder: "账号网址、平台账号、账号名称或备案编号", "data-testid": "verify-q" });
  const form = h("form", { class: "register-filters", role: "search" }, h("div", { class: "field" }, h("label", { for: "verify-q" }, "核验内容"), input), h("div", { class: "register-actions" }, h("button", { type: "submit", class: "btn btn-primary", "data-testid": "verify-submit" }, "核验")));
  const answer = h("div", { class: "verify-result-card", role: "status", "aria-live": "polite" });
  const cancelled = h("div", {}, h("p", { class: "loading" }, "正在加载…"));
  mount(
    main,
    h("div", { class: "page-head" }, pageTitle("政务新媒体账号核验"), h("a", { href: "#/" }, "工作人员登录")),
    h("section", { class: "card" }, h("p", {}, "输入账号的网址、平台账号、账号名称或备案编号，核验其是否为已备案的政务新媒体账号。"), form, answer),
    h("section", { class: "card" }, h("h2", {}, "注销公告"), cancelled),
  );

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    mount(answer, h("p", { class: "loading" }, "正在核验…"));
    try {
      const result = await registerApi.verify(input.value);
      if (!isCurrent()) return;
      mount(answer, result.found ? result.matches.map(card) : h("p", { class: "verify-verdict unknown", "data-testid": "verify-verdict" }, "未查询到该账号的备案信息，请谨慎辨别。"));
    } catch (error) {
      if (isCurrent()) mount(answer, notice("err", error instanceof ApiError ? error.message : "核验失败，请稍后重试"));
    }
  });

  registerApi.cancelled().then(
    ({ items }) => isCurrent() && mount(cancelled, items.length ? cancelledTable(items) : h("p", { class: "hint" }, "暂无注销账号。")),
    () => isCurrent() && mount(cancelled, notice("err", "注销公告加载失败，请稍后重试")),
  );
}

function card(a: PublicAccount): HTMLElement {
  const tone = a.status === "filed" ? "ok" : "gone";
  const verdict = a.status === "filed" ? `已备案的政务新媒体账号（${a.statusLabel}）` : a.status === "cancelled" ? `该账号已注销（${formatTime(a.cancelledAt)}）` : `该账号已停用（${a.statusLabel}）`;
  const item = (term: string, value: string) => h("div", { class: "summary-item" }, h("dt", {}, term), h("dd", {}, value));
  return h(
    "div",
    { class: "card", "data-testid": "verify-match" },
    h("p", { class: `verify-verdict ${tone}`, "data-testid": "verify-verdict" }, verdict),
    h("dl", { class: "summary" }, item("账号名称", a.accountName), item("平台", a.platformLabel), item("平台账号或网址", a.platformAccountId), item("主办单位", a.unitName), item("备案编号", a.filingNumber), item("状态", a.statusLabel)),
  );
}

function cancelledTable(items: PublicAccount[]): HTMLElement {
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "data-table", "data-testid": "cancelled-list" },
      h("thead", {}, h("tr", {}, ["账号名称", "平台", "主办单位", "备案编号", "注销时间", "注销原因"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, items.map((a) => h("tr", {}, h("td", {}, a.accountName), h("td", {}, a.platformLabel), h("td", {}, a.unitName), h("td", { class: "mono" }, a.filingNumber), h("td", {}, formatTime(a.cancelledAt)), h("td", {}, a.cancelReason ?? "")))),
    ),
  );
}
