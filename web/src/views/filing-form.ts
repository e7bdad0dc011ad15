import { api, ApiError } from "../api.js";
import { routes, type ViewContext } from "../context.js";
import { h, mount, notice, pageTitle } from "../dom.js";
import type { Filing } from "../types.js";
import { cancelFormView } from "./cancel-form.js";
import { changeFormView } from "./change-form.js";
import { filingFields } from "./filing-fields.js";
import { onSubmit } from "./form-submit.js";

/** 新媒体建设申请表: a new 开设 filing, or (with an id) the edit of a returned filing of any kind. */
export async function renderFilingForm(main: HTMLElement, ctx: ViewContext, filingId?: string): Promise<void> {
  if (!filingId) return mount(main, pageTitle("新媒体建设申请表"), formView(ctx));
  mount(main, h("p", { class: "loading" }, "正在加载…"));
  try {
    const { filing } = await api.getFiling(filingId);
    if (!ctx.isCurrent()) return;
    if (filing.status !== "returned") {
      return mount(main, pageTitle("修改备案申请"), notice("warn", "只有被退回修改的备案申请可以重新提交。", " ", h("a", { href: routes.filing(filingId) }, "返回详情")));
    }
    const title = pageTitle("修改后重新提交", h("small", {}, filing.data.accountName));
    if (filing.kind === "change") return mount(main, title, changeFormView(ctx, { filing }));
    if (filing.kind === "cancel") return mount(main, title, cancelFormView(ctx, { filing }));
    mount(main, title, formView(ctx, filing));
  } catch (error) {
    if (ctx.isCurrent()) mount(main, notice("err", error instanceof ApiError ? error.message : "加载失败，请稍后重试"));
  }
}

function formView(ctx: ViewContext, filing?: Filing): HTMLElement {
  const fields = filingFields(filing?.data);
  const formError = h("div", { class: "notice notice-err", role: "alert", "data-testid": "form-error", hidden: true });
  const submit = h("button", { type: "submit", class: "btn btn-primary", "data-testid": "submit-filing" }, filing ? "重新提交审核" : "提交备案申请");
  const cancel = h("a", { class: "btn btn-secondary", href: filing ? routes.filing(filing.filingId) : routes.list() }, "取消");

  const form = h(
    "form",
    { class: "filing-form", novalidate: true, "data-testid": "filing-form", "aria-describedby": "form-intro" },
    h("p", { id: "form-intro", class: "lead" }, "带 * 的为必填项。提交后依次经初审、复审、终审，通过后取得备案编号。"),
    filing?.lastComment ? notice("warn", h("strong", {}, "退回意见："), filing.lastComment) : null,
    formError,
    fields.sections,
    h("div", { class: "form-actions" }, submit, cancel),
  );

  onSubmit({
    form,
    submit,
    formError,
    send: async () => {
      const saved = filing ? await api.resubmitFiling(filing.filingId, fields.collect()) : await api.submitFiling(fields.collect());
      ctx.navigate(routes.filing(saved.filingId));
    },
  });
  return form;
}
