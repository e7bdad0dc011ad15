import { accountStatusBadge } from "../account-format.js";
import type { Account } from "../account-types.js";
import { h } from "../dom.js";
import { formatTime, platformLabel } from "../format.js";

/** Which register account a 变更 / 注销 form is about. */
export function accountSummary(account: Account): HTMLElement {
  const item = (term: string, value: string | Node) => h("div", { class: "summary-item" }, h("dt", {}, term), h("dd", {}, value));
  return h(
    "dl",
    { class: "summary account-summary", "data-testid": "account-summary" },
    item("账号名称", account.accountName),
    item("平台", platformLabel(account.platform)),
    item("备案编号", h("span", { class: "mono" }, account.filingNumber)),
    account.unitName ? item("主办单位", account.unitName) : null,
    item("状态", accountStatusBadge(account.status)),
    item("备案时间", formatTime(account.filedAt)),
  );
}
