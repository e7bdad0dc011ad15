import { accountApi } from "../account-api.js";
import type { Account } from "../account-types.js";
import { ApiError } from "../api.js";
import { routes, type ViewContext } from "../context.js";
import { h, mount, notice, pageTitle } from "../dom.js";
import type { Filing } from "../types.js";
import { filingFields, fieldSection } from "./filing-fields.js";
import { field, textArea, textInput, withCounter } from "./form-controls.js";
import { onSubmit } from "./form-submit.js";
import { accountSummary } from "./account-summary.js";

/** #/accounts/:id/change: a new 变更备案 of a register account, prefilled with its current data. */
export async function renderChangeForm(main: HTMLElement, ctx: ViewContext, accountId: string): Promise<void> {
  mount(main, h("p", { class: "loading" }, "正在加载…"));
  let account: Account;
  try {
    account = (await accountApi.get(accountId)).account;
  } catch (error) {
    if (ctx.isCurrent()) mount(main, pageTitle("变更备案"), notice("err", error instanceof ApiError ? error.message : "加载失败，请稍后重试"));
    return;
  }
  if (!ctx.isCurrent()) return;
  if (account.status === "cancelled") {
    return mount(main, pageTitle("变更备案"), notice("warn", "该账号已注销，不能变更；如需恢复使用，请重新提交开设备案。"));
  }
  mount(main, pageTitle("变更备案", h("small", {}, account.accountName)), changeFormView(ctx, { account }));
}

/** Either a new change of `account`, or the resubmission of a returned change `filing`. */
export type ChangeSource = { account: Account; filing?: undefined } | { filing: Filing; account?: undefined };

const withoutDataPrefix = (path: string) => path.replace(/^data\./, "");

export function changeFormView(ctx: ViewContext, source: ChangeSource): HTMLElement {
  const filing = source.filing;
  const data = filing ? filing.data : source.account.data;
  const accountId = filing ? filing.accountId! : source.account.accountId;
  const fields = filingFields(data, { lockIdentity: true });

  const reason = textArea(500);
  reason.value = filing?.reason ?? "";
  const transferOn = h("input", { type: "checkbox", "data-testid": "toggle-transfer" });
  const transferTo = textInput(64, { spellcheck: "false" });
  transferTo.value = filing?.transferToUnitId ?? "";
  transferOn.checked = Boolean(filing?.transferToUnitId);
  const transferBox = h(
    "div",
    { class: "subsection", "data-section": "transfer" },
    h(
      "div",
      { class: "grid" },
      field("transferToUnitId", "变更后主办单位编码", transferTo, { required: true, hint: "填写接收单位在本系统中的单位编码（可向归口管理部门查询）；审核通过后账号划归该单位管理" }),
    ),
  );
  const syncTransfer = () => (transferBox.hidden = !transferOn.checked);
  transferOn.addEventListener("change", syncTransfer);
  syncTransfer();

  const formError = h("div", { class: "notice notice-err", role: "alert", "data-testid": "form-error", hidden: true });
  const submit = h("button", { type: "submit", class: "btn btn-primary", "data-testid": "submit-change" }, filing ? "重新提交审核" : "提交变更备案");
  const back = h("a", { class: "btn btn-secondary", href: routes.filing(filing ? filing.filingId : source.account.filingId) }, "取消");

  const form = h(
    "form",
    { class: "filing-form", novalidate: true, "data-testid": "change-form", "aria-describedby": "change-intro" },
    h(
      "p",
      { id: "change-intro", class: "lead" },
      "请直接修改需要变更的内容，未修改的保持原样。提交后依次经初审、复审、终审，通过后备案登记信息随之更新，备案编号不变。",
    ),
    source.account ? accountSummary(source.account) : null,
    filing?.lastComment ? notice("warn", h("strong", {}, "退回意见："), filing.lastComment) : null,
    formError,
    fieldSection(
      "变更事由",
      withCounter(field("reason", "变更事由", reason, { required: true, wide: true, hint: "如：主管领导调整、管理人员变动、机构改革更名等，审核人员将看到变更前后对照" }), reason),
    ),
    fields.sections,
    fieldSection(
      "主办单位变更",
      h("div", { class: "check-row" }, transferOn, h("label", { for: "toggle-transfer" }, "办理主办单位变更（账号划转至其他单位）")),
      transferBox,
    ),
    h("div", { class: "form-actions" }, submit, back),
  );
  transferOn.id = "toggle-transfer";

  onSubmit({
    form,
    submit,
    formError,
    fieldPath: withoutDataPrefix,
    send: async () => {
      const unit = transferOn.checked ? transferTo.value.trim() : "";
      const input = { data: fields.collect(), reason: reason.value, ...(unit ? { transferToUnitId: unit } : {}) };
      const saved = filing ? await accountApi.resubmit(filing.filingId, input) : await accountApi.submitChange(accountId, input);
      ctx.navigate(routes.filing(saved.filingId));
    },
  });
  return form;
}
