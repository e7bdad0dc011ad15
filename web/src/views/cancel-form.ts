import { accountApi } from "../account-api.js";
import type { Account } from "../account-types.js";
import { ApiError } from "../api.js";
import { routes, type ViewContext } from "../context.js";
import { h, mount, notice, pageTitle } from "../dom.js";
import type { Filing } from "../types.js";
import { accountSummary } from "./account-summary.js";
import { fieldSection } from "./filing-fields.js";
import { field, textArea, withCounter } from "./form-controls.js";
import { onSubmit } from "./form-submit.js";

/** #/accounts/:id/cancel: a 注销备案 of a register account. */
export async function renderCancelForm(main: HTMLElement, ctx: ViewContext, accountId: string): Promise<void> {
  mount(main, h("p", { class: "loading" }, "正在加载…"));
  let account: Account;
  try {
    account = (await accountApi.get(accountId)).account;
  } catch (error) {
    if (ctx.isCurrent()) mount(main, pageTitle("注销备案"), notice("err", error instanceof ApiError ? error.message : "加载失败，请稍后重试"));
    return;
  }
  if (!ctx.isCurrent()) return;
  if (account.status === "cancelled") return mount(main, pageTitle("注销备案"), notice("warn", "该账号已注销。"));
  mount(main, pageTitle("注销备案", h("small", {}, account.accountName)), cancelFormView(ctx, { account }));
}

export type CancelSource = { account: Account; filing?: undefined } | { filing: Filing; account?: undefined };

/** Either a new cancellation of `account`, or the resubmission of a returned cancellation `filing`. */
export function cancelFormView(ctx: ViewContext, source: CancelSource): HTMLElement {
  const filing = source.filing;
  const accountId = filing ? filing.accountId! : source.account.accountId;
  const reason = textArea(500);
  reason.value = filing?.reason ?? "";

  const formError = h("div", { class: "notice notice-err", role: "alert", "data-testid": "form-error", hidden: true });
  const submit = h("button", { type: "submit", class: "btn btn-primary btn-danger", "data-testid": "submit-cancel" }, filing ? "重新提交审核" : "提交注销备案");
  const back = h("a", { class: "btn btn-secondary", href: routes.filing(filing ? filing.filingId : source.account.filingId) }, "取消");

  const form = h(
    "form",
    { class: "filing-form", novalidate: true, "data-testid": "cancel-form" },
    source.account ? accountSummary(source.account) : null,
    notice(
      "warn",
      h("strong", {}, "请注意："),
      "注销备案经初审、复审、终审通过后，账号状态变为“已注销”，并在",
      h("strong", {}, "政务新媒体注销公告"),
      "中向社会公开（账号名称、平台、平台账号、主办单位、备案编号、注销日期和注销原因）。",
      h(
        "span",
        { class: "block hint" },
        "注销后该账号不能再变更；如需恢复使用，须重新提交开设备案。请在平台上同步完成账号注销或停更公告，妥善处置账号后台权限。",
      ),
    ),
    filing?.lastComment ? notice("warn", h("strong", {}, "退回意见："), filing.lastComment) : null,
    formError,
    fieldSection(
      "注销原因",
      withCounter(field("reason", "注销原因", reason, { required: true, wide: true, hint: "如：机构撤并、职能调整、账号长期无更新等；注销原因将随注销公告公开" }), reason),
    ),
    h("div", { class: "form-actions" }, submit, back),
  );
  form.querySelector<HTMLElement>(".notice-warn")!.dataset.testid = "cancel-warning";

  onSubmit({
    form,
    submit,
    formError,
    send: async () => {
      const saved = filing ? await accountApi.resubmit(filing.filingId, { reason: reason.value }) : await accountApi.submitCancel(accountId, { reason: reason.value });
      ctx.navigate(routes.filing(saved.filingId));
    },
  });
  return form;
}
