import { accountApi } from "../account-api.js";
import type { AccountView } from "../account-types.js";
import type { ViewContext } from "../context.js";
import { h, mount, notice } from "../dom.js";
import { formatTime } from "../format.js";
import { accountActions } from "./account-actions.js";
import { accountSummary } from "./account-summary.js";

/**
 * 备案账号: the register account a filing created or is about, with what may be done with it.
 * Someone who may not see the account (a reviewer, say) simply gets no card. After a 停用 / 恢复
 * the card reloads itself, or the host page does when it passes `onChanged`.
 */
export function accountCard(ctx: ViewContext, accountId: string, onChanged?: () => void): HTMLElement {
  const card = h("section", { class: "card", "data-testid": "account-card", hidden: true });
  const render = (view: AccountView) => {
    const { account } = view;
    const reason =
      account.status !== "filed" && account.statusReason
        ? notice(
            account.status === "cancelled" ? "err" : "warn",
            h("strong", {}, account.status === "cancelled" ? "注销原因：" : "停用原因："),
            account.statusReason,
            account.cancelledAt ? h("span", { class: "hint block" }, `注销时间：${formatTime(account.cancelledAt)}`) : null,
          )
        : null;
    const page = `#/accounts/${encodeURIComponent(account.accountId)}`;
    mount(
      card,
      h("div", { class: "section-head" }, h("h2", {}, "备案账号"), location.hash === page ? null : h("a", { href: page, "data-testid": "account-link" }, "查看账号档案")),
      accountSummary(account),
      reason,
      accountActions(ctx, view, () => (onChanged ? onChanged() : void load())),
    );
    card.hidden = false;
  };
  const load = async () => {
    try {
      const view = await accountApi.get(accountId);
      if (ctx.isCurrent()) render(view);
    } catch {
      card.hidden = true;
    }
  };
  void load();
  return card;
}
