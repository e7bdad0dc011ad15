import { ApiError } from "../api.js";
import { kindLabel } from "../account-format.js";
import type { ViewContext } from "../context.js";
import { h, mount, notice, pageTitle } from "../dom.js";
import { formatTime } from "../format.js";
import { registerApi } from "../register-api.js";
import type { RegisterAccountView, RegisterHistoryEntry } from "../register-types.js";
import { accountCard } from "./account-card.js";
import { renderCustodyPanel } from "./custody-panel.js";
import { filingData } from "./filing-data.js";
import { describe } from "./history.js";

/** #/accounts/:id: the account's current filed data and its whole history from the audit records, newest first. */
export async function renderAccountPage(main: HTMLElement, ctx: ViewContext, accountId: string): Promise<void> {
  mount(main, h("p", { class: "loading" }, "正在加载…"));
  let view: RegisterAccountView;
  try {
    view = await registerApi.account(accountId);
  } catch (error) {
    if (ctx.isCurrent()) mount(main, notice("err", error instanceof ApiError ? error.message : "加载失败，请稍后重试"), h("a", { href: "#/register" }, "返回备案登记"));
    return;
  }
  if (!ctx.isCurrent()) return;
  const { account, chain, history } = view;
  const custody = h("section", { class: "card" });
  mount(
    main,
    h("div", { class: "page-head" }, pageTitle(account.accountName), h("a", { href: "#/register" }, "返回备案登记")),
    accountCard(ctx, accountId, () => void renderAccountPage(main, ctx, accountId)),
    h("section", { class: "card" }, h("h2", {}, "当前备案信息"), filingData(account.data)),
    custody,
    h(
      "section",
      { class: "card" },
      h("div", { class: "section-head" }, h("h2", {}, "账号历史"), chainVerdict(chain)),
      h("p", { class: "hint" }, "含开设、变更、注销备案及其审核决定，停用与恢复记录；最新在前。"),
      historyList(history),
    ),
  );
  void renderCustodyPanel(custody, accountId, ctx).catch(() => custody.remove());
}

function chainVerdict(chain: RegisterAccountView["chain"]): HTMLElement {
  return h(
    "span",
    { class: `verify-result ${chain.ok ? "ok" : "err"}`, "data-testid": "account-chain", "data-ok": String(chain.ok) },
    chain.ok ? `账号审计链完整（${chain.count} 条记录，哈希校验通过）` : `账号审计链校验失败：第 ${chain.brokenAt ?? "?"} 条记录起不一致`,
  );
}

function historyList(history: RegisterHistoryEntry[]): HTMLElement {
  if (!history.length) return h("p", { class: "hint" }, "暂无记录。");
  return h(
    "ol",
    { class: "timeline" },
    history.map((entry) => {
      const { title, lines } = entry.action === "account_filed" ? { title: "开设备案办结，账号登记在册", lines: [] } : entry.action === "account_imported" ? { title: "批量导入登记", lines: [] } : describe(entry);
      const source = entry.source === "filing" ? `${kindLabel(entry.filingKind)}申请` : "账号登记";
      return h(
        "li",
        { class: `timeline-entry action-${entry.action}`, "data-testid": "account-history-entry", "data-action": entry.action },
        h("time", { datetime: entry.at }, formatTime(entry.at)),
        h(
          "div",
          { class: "timeline-body" },
          h("p", { class: "timeline-title" }, h("strong", {}, title), h("span", { class: "actor" }, entry.actorName), h("span", { class: "hint" }, ` · ${source}`)),
          lines.map((l) => h("p", { class: "timeline-line" }, l)),
        ),
      );
    }),
  );
}
