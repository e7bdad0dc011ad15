import { accountApi } from "../account-api.js";
import { KIND_LABELS } from "../account-format.js";
import type { Account, AccountView } from "../account-types.js";
import { routes, type ViewContext } from "../context.js";
import { h, notice } from "../dom.js";
import { field, textArea, withCounter } from "./form-controls.js";
import { onSubmit } from "./form-submit.js";

const UNDER_WAY = new Set(["in_review", "returned"]);

/**
 * What may be done with a register account, for whoever is looking: its unit's operators file a
 * 变更 or 注销 (one at a time), the registry office suspends or restores it. The server decides;
 * these only avoid offering what it would refuse.
 */
export function accountActions(ctx: ViewContext, view: AccountView, onChanged: (account: Account) => void): HTMLElement | null {
  const { account } = view;
  const roles = ctx.person.roles;
  const ownUnit = roles.includes("operator") && ctx.person.unit.unitId === account.unitId;
  const underWay = view.filings.find((f) => f.kind !== "open" && UNDER_WAY.has(f.status));
  const parts: (HTMLElement | null)[] = [];

  if (ownUnit && account.status !== "cancelled") {
    if (underWay) {
      parts.push(
        notice(
          "info",
          `该账号的${KIND_LABELS[underWay.kind]}正在办理中，办结后方可再提交变更或注销。`,
          h("a", { href: routes.filing(underWay.filingId), "data-testid": "pending-account-filing" }, "查看办理进度"),
        ),
      );
    } else {
      parts.push(
        h("a", { class: "btn btn-primary", href: routes.changeAccount(account.accountId), "data-testid": "change-account" }, "变更备案"),
        h("a", { class: "btn btn-secondary danger-text", href: routes.cancelAccount(account.accountId), "data-testid": "cancel-account" }, "注销备案"),
      );
    }
  }
  if (roles.includes("admin") && account.status === "filed") parts.push(statusButton("suspend", account, onChanged));
  if (roles.includes("admin") && account.status === "suspended") parts.push(statusButton("restore", account, onChanged));
  return parts.length ? h("div", { class: "account-actions", "data-testid": "account-actions" }, parts) : null;
}

const WORDING = {
  suspend: {
    button: "停用",
    title: "停用账号",
    label: "停用原因",
    hint: "如：年度检查未通过、长期未更新、发生严重错误等；原因记入审计记录并告知主办单位",
    confirm: "确认停用",
  },
  restore: { button: "恢复", title: "恢复账号", label: "恢复说明", hint: "如：整改完成、复核通过等；说明记入审计记录", confirm: "确认恢复" },
} as const;

/** 停用 / 恢复 with a required reason, asked for in a modal dialog. */
function statusButton(action: "suspend" | "restore", account: Account, onChanged: (account: Account) => void): HTMLElement {
  const words = WORDING[action];
  const open = h("button", { type: "button", class: `btn ${action === "suspend" ? "btn-danger-outline" : "btn-secondary"}`, "data-testid": `${action}-account` }, words.button);
  open.addEventListener("click", () => {
    const reason = textArea(500);
    const formError = h("div", { class: "notice notice-err", role: "alert", "data-testid": "dialog-error", hidden: true });
    const confirm = h("button", { type: "submit", class: "btn btn-primary", "data-testid": "confirm-status" }, words.confirm);
    const dismiss = h("button", { type: "button", class: "btn btn-secondary" }, "取消");
    const form = h(
      "form",
      { novalidate: true },
      h("h2", { id: "status-dialog-title" }, `${words.title}：${account.accountName}`),
      formError,
      withCounter(field("reason", words.label, reason, { required: true, wide: true, hint: words.hint }), reason),
      h("div", { class: "form-actions" }, confirm, dismiss),
    );
    const dialog = h("dialog", { class: "dialog", "aria-labelledby": "status-dialog-title", "data-testid": "status-dialog" }, form);
    const close = () => {
      dialog.close();
      dialog.remove();
      open.focus();
    };
    dismiss.addEventListener("click", close);
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      close();
    });
    onSubmit({
      form,
      submit: confirm,
      formError,
      send: async () => {
        const updated = action === "suspend" ? await accountApi.suspend(account.accountId, reason.value) : await accountApi.restore(account.accountId, reason.value);
        close();
        onChanged(updated);
      },
    });
    document.body.append(dialog);
    dialog.showModal();
    reason.focus();
  });
  return open;
}
