import { h } from "../dom.js";
import { options } from "../format.js";
import type { FilingInput, OperationMode } from "../types.js";
import { administratorsSection } from "./administrators.js";
import { errorSlot, field, select, textArea, textInput, withCounter } from "./form-controls.js";

const PHONE_HINT = "手机号码（11 位）或固定电话（如 0571-12345678）";

export interface FilingFieldsOptions {
  /** 变更: the platform and platform account identify the account and cannot change. */
  lockIdentity?: boolean;
}

export interface FilingFields {
  sections: HTMLElement[];
  collect: () => FilingInput;
}

/**
 * The fields of the 新媒体建设申请表, shared by the 开设 form and the 变更 form. Field paths are
 * the API's ("leader.phone"), so server errors find their field.
 */
export function filingFields(data: FilingInput | undefined, opts: FilingFieldsOptions = {}): FilingFields {
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

  if (opts.lockIdentity) {
    // Disabled, not just styled: the values still come from the prefilled account, never from the user.
    platform.disabled = true;
    platformAccountId.readOnly = true;
  }

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

  const identityHint = opts.lockIdentity ? "平台类型和平台账号不可变更；如需更换账号，请注销后重新开设" : undefined;
  const sections = [
    fieldSection(
      "基本信息",
      h(
        "div",
        { class: "grid" },
        field("platform", "平台类型", platform, { required: true }),
        field("accountName", "账号名称", accountName, { required: true, hint: "名称应简洁规范、庄重得体，与主办单位职能相符，不超过 30 字" }),
        field("platformAccountId", "平台账号或网址", platformAccountId, {
          required: true,
          wide: true,
          hint: opts.lockIdentity ? identityHint : "填写平台账号 ID 或主页网址；同一平台账号只能备案一次",
        }),
        withCounter(field("purpose", "开设宗旨", purpose, { required: true, wide: true, hint: "账号的功能定位与开设目的" }), purpose),
        withCounter(field("publishingScope", "信息发布范围", publishingScope, { required: true, wide: true }), publishingScope),
      ),
    ),
    fieldSection(
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
    fieldSection("运营方式", h("div", { class: "grid" }, field("operationMode", "运营方式", operationMode, { required: true })), contractor),
    fieldSection("认证情况", h("div", { class: "grid" }, field("verification", "认证状态", verification, { required: true }))),
    fieldSection(
      "说明",
      withCounter(
        field("justification", "同平台多账号理由", justification, {
          wide: true,
          hint: "本单位在同一平台已开设账号的须说明理由（国办发〔2018〕123号：原则上同一平台只开设一个账号）；否则可不填",
        }),
        justification,
      ),
    ),
  ];

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

  return { sections, collect };
}

export function fieldSection(title: string, ...children: (HTMLElement | null)[]): HTMLFieldSetElement {
  return h("fieldset", { class: "section" }, h("legend", {}, title), ...children);
}
