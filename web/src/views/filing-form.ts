import { api, ApiError } from "../api.js";
import { routes, type ViewContext } from "../context.js";
import { h, mount, notice, pageTitle } from "../dom.js";
import { options } from "../format.js";
import type { FieldError, Filing, FilingInput, OperationMode } from "../types.js";
import { administratorsSection } from "./administrators.js";
import { clearErrors, errorSlot, field, firstInvalid, requiredErrors, select, showErrors, textArea, textInput, withCounter } from "./form-controls.js";

const PHONE_HINT = "手机号码（11 位）或固定电话（如 0571-12345678）";

/** 新媒体建设申请表: a new 开设 filing, or (with an id) the edit of a returned one. */
export async function renderFilingForm(main: HTMLElement, ctx: ViewContext, filingId?: string): Promise<void> {
  if (!filingId) return mount(main, pageTitle("新媒体建设申请表"), formView(ctx));
  mount(main, h("p", { class: "loading" }, "正在加载…"));
  try {
    const { filing } = await api.getFiling(filingId);
    if (!ctx.isCurrent()) return;
    if (filing.status !== "returned") {
      return mount(main, pageTitle("修改备案申请"), notice("warn", "只有被退回修改的备案申请可以重新提交。", " ", h("a", { href: routes.filing(filingId) }, "返回详情")));
    }
    mount(main, pageTitle("修改后重新提交", h("small", {}, filing.data.accountName)), formView(ctx, filing));
  } catch (error) {
    if (ctx.isCurrent()) mount(main, notice("err", error instanceof ApiError ? error.message : "加载失败，请稍后重试"));
  }
}

function formView(ctx: ViewContext, filing?: Filing): HTMLElement {
  const data = filing?.data;
  const platform = select(options("platforms"), "请选择平台");
  const accountName = textInput(30);
  const platformAccountId = textInput(200, { inputmode: "url" });
  const purpose = textArea(500);
  const publishingScope = textArea(500);
  const leaderName = textInput(20);
  const leaderTitle = textInput(40);
  const leaderPhone = textInput(20, { inputmode: "tel" });
  const operationMode = select(options("operationModes"));
  const contractorName = textInput(100);
  const contractEndDate = h("input", { type: "date" });
  const verification = select(options("verificationStatuses"));
  const justification = textArea(500);
  const admins = administratorsSection(data?.administrators ?? []);

  platform.value = data?.platform ?? "";
  accountName.value = data?.accountName ?? "";
  platformAccountId.value = data?.platformAccountId ?? "";
  purpose.value = data?.purpose ?? "";
  publishingScope.value = data?.publishingScope ?? "";
  leaderName.value = data?.leader.name ?? "";
  leaderTitle.value = data?.leader.title ?? "";
  leaderPhone.value = data?.leader.phone ?? "";
  operationMode.value = data?.operationMode ?? "self";
  contractorName.value = data?.contractor?.name ?? "";
  contractEndDate.value = data?.contractor?.contractEndDate ?? "";
  verification.value = data?.verification ?? "unverified";
  justification.value = data?.justification ?? "";

  const contractor = h(
    "div",
    { class: "subsection", "data-section": "contractor" },
    errorSlot("contractor"),
    h(
      "div",
      { class: "grid" },
      field("contractor.name", "受托单位名称", contractorName, { required: true }),
      field("contractor.contractEndDate", "合同到期日", contractEndDate, { required: true, hint: "委托运营合同期满，后台权限随之收回" }),
    ),
  );
  const syncContractor = () => (contractor.hidden = operationMode.value !== "outsourced");
  operationMode.addEventListener("change", syncContractor);
  syncContractor();

  const formError = h("div", { class: "notice notice-err", role: "alert", "data-testid": "form-error", hidden: true });
  const submit = h("button", { type: "submit", class: "btn btn-primary", "data-testid": "submit-filing" }, filing ? "重新提交审核" : "提交备案申请");
  const cancel = h("a", { class: "btn btn-secondary", href: filing ? routes.filing(filing.filingId) : routes.list() }, "取消");

  const form = h(
    "form",
    { class: "filing-form", novalidate: true, "data-testid": "filing-form", "aria-describedby": "form-intro" },
    h("p", { id: "form-intro", class: "lead" }, "带 * 的为必填项。提交后依次经初审、复审、终审，通过后取得备案编号。"),
    filing?.lastComment ? notice("warn", h("strong", {}, "退回意见："), filing.lastComment) : null,
    formError,
    section(
      "基本信息",
      h(
        "div",
        { class: "grid" },
        field("platform", "平台类型", platform, { required: true }),
        field("accountName", "账号名称", accountName, { required: true, hint: "名称应简洁规范、庄重得体，与主办单位职能相符，不超过 30 字" }),
        field("platformAccountId", "平台账号或网址", platformAccountId, { required: true, wide: true, hint: "填写平台账号 ID 或主页网址；同一平台账号只能备案一次" }),
        withCounter(field("purpose", "开设宗旨", purpose, { required: true, wide: true, hint: "账号的功能定位与开设目的" }), purpose),
        withCounter(field("publishingScope", "信息发布范围", publishingScope, { required: true, wide: true }), publishingScope),
      ),
    ),
    section(
      "主管领导",
      h(
        "div",
        { class: "grid grid-3" },
        field("leader.name", "姓名", leaderName, { required: true }),
        field("leader.title", "职务", leaderTitle, { required: true }),
        field("leader.phone", "联系电话", leaderPhone, { required: true, hint: PHONE_HINT }),
      ),
      errorSlot("leader"),
    ),
    admins.element,
    section("运营方式", h("div", { class: "grid" }, field("operationMode", "运营方式", operationMode, { required: true })), contractor),
    section("认证情况", h("div", { class: "grid" }, field("verification", "认证状态", verification, { required: true }))),
    section(
      "说明",
      withCounter(
        field("justification", "同平台多账号理由", justification, {
          wide: true,
          hint: "本单位在同一平台已开设账号的须说明理由（国办发〔2018〕123号：原则上同一平台只开设一个账号）；否则可不填",
        }),
        justification,
      ),
    ),
    h("div", { class: "form-actions" }, submit, cancel),
  );

  const collect = (): FilingInput => {
    const mode = operationMode.value as OperationMode;
    const note = justification.value.trim();
    return {
      platform: platform.value,
      accountName: accountName.value,
      platformAccountId: platformAccountId.value,
      purpose: purpose.value,
      publishingScope: publishingScope.value,
      leader: { name: leaderName.value, title: leaderTitle.value, phone: leaderPhone.value },
      administrators: admins.read(),
      operationMode: mode,
      ...(mode === "outsourced" ? { contractor: { name: contractorName.value, contractEndDate: contractEndDate.value } } : {}),
      verification: verification.value,
      ...(note ? { justification: note } : {}),
    };
  };

  const fail = (message: string, fields: FieldError[] = []) => {
    const unplaced = showErrors(form, fields);
    mount(formError, message, unplaced.length ? h("ul", {}, unplaced.map((f) => h("li", {}, f.message))) : null);
    formError.hidden = false;
    (firstInvalid(form) ?? formError).focus();
    if (!firstInvalid(form)) formError.scrollIntoView({ block: "center" });
  };

  formError.tabIndex = -1;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    formError.hidden = true;
    const missing = requiredErrors(form);
    if (missing.length) return fail("还有必填项未填写，请补充后再提交。", missing);
    submit.disabled = true;
    submit.textContent = "正在提交…";
    try {
      const saved = filing ? await api.resubmitFiling(filing.filingId, collect()) : await api.submitFiling(collect());
      ctx.navigate(routes.filing(saved.filingId));
    } catch (error) {
      if (!(error instanceof ApiError)) return fail("系统繁忙，请稍后重试");
      if (error.status === 401) return;
      fail(error.fields.length ? "提交内容有误，请根据提示修改后重新提交。" : error.message, error.fields);
    } finally {
      submit.disabled = false;
      submit.textContent = filing ? "重新提交审核" : "提交备案申请";
    }
  });
  return form;
}

function section(title: string, ...children: (HTMLElement | null)[]): HTMLFieldSetElement {
  return h("fieldset", { class: "section" }, h("legend", {}, title), ...children);
}
