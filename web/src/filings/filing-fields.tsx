/** @jsxImportSource hono/jsx/dom */
import { PHONE_HINT } from "../ui/contact-hints.js";
import { Select, TextArea, TextInput } from "../ui/controls.js";
import { ErrorSlot, Field, FieldSection, type ControlAttrs } from "../ui/form-field.js";
import type { FormErrors } from "../ui/form-errors.js";
import { options } from "../ui/labels.js";
import { AdministratorsSection } from "./administrators.js";
import type { FilingDraft } from "./filing-draft.js";

interface FilingFieldsProps {
  draft: FilingDraft;
  onDraft: (patch: Partial<FilingDraft>) => void;
  errors: FormErrors;
  /** 变更: the platform and platform account identify the account and cannot change. */
  lockIdentity?: boolean;
}

/**
 * The fields of the 新媒体建设申请表, shared by the 开设 form and the 变更 form. Field paths are
 * the API's ("leader.phone"), so server errors find their field.
 */
export function FilingFields({ draft, onDraft, errors, lockIdentity }: FilingFieldsProps) {
  const text = (key: keyof FilingDraft, maxLength: number, extra: { inputMode?: string; readOnly?: boolean; type?: "date" } = {}) =>
    (attrs: ControlAttrs) => <TextInput attrs={attrs} maxLength={maxLength} {...extra} value={draft[key] as string} onValue={(v) => onDraft({ [key]: v })} />;
  const area = (key: keyof FilingDraft) => (attrs: ControlAttrs) => (
    <TextArea attrs={attrs} maxLength={500} value={draft[key] as string} onValue={(v) => onDraft({ [key]: v })} />
  );
  const count = (key: keyof FilingDraft) => ({ length: (draft[key] as string).length, max: 500 });
  const outsourced = draft.operationMode === "outsourced";

  return (
    <>
      <FieldSection title="基本信息">
        <div class="grid">
          <Field
            path="platform"
            label="平台类型"
            required
            errors={errors}
            control={(attrs) => <Select attrs={attrs} options={options("platforms")} placeholder="请选择平台" disabled={lockIdentity} value={draft.platform} onValue={(platform) => onDraft({ platform })} />}
          />
          <Field path="accountName" label="账号名称" required hint="名称应简洁规范、庄重得体，与主办单位职能相符，不超过 30 字" errors={errors} control={text("accountName", 30)} />
          <Field
            path="platformAccountId"
            label="平台账号或网址"
            required
            wide
            hint={lockIdentity ? "平台类型和平台账号不可变更；如需更换账号，请注销后重新开设" : "填写平台账号 ID 或主页网址；同一平台账号只能备案一次"}
            errors={errors}
            control={text("platformAccountId", 200, { inputMode: "url", readOnly: lockIdentity })}
          />
          <Field path="purpose" label="开设宗旨" required wide hint="账号的功能定位与开设目的" errors={errors} count={count("purpose")} control={area("purpose")} />
          <Field path="publishingScope" label="信息发布范围" required wide errors={errors} count={count("publishingScope")} control={area("publishingScope")} />
        </div>
      </FieldSection>
      <FieldSection title="主管领导">
        <div class="grid grid-3">
          <Field path="leader.name" label="姓名" required errors={errors} control={text("leaderName", 20)} />
          <Field path="leader.title" label="职务" required errors={errors} control={text("leaderTitle", 40)} />
          <Field path="leader.phone" label="联系电话" required hint={PHONE_HINT} errors={errors} control={text("leaderPhone", 20, { inputMode: "tel" })} />
        </div>
        <ErrorSlot path="leader" errors={errors} />
      </FieldSection>
      <AdministratorsSection rows={draft.administrators} onRows={(administrators) => onDraft({ administrators })} errors={errors} />
      <FieldSection title="运营方式">
        <div class="grid">
          <Field
            path="operationMode"
            label="运营方式"
            required
            errors={errors}
            control={(attrs) => <Select attrs={attrs} options={options("operationModes")} value={draft.operationMode} onValue={(operationMode) => onDraft({ operationMode })} />}
          />
        </div>
        <div class="subsection" data-section="contractor" hidden={!outsourced}>
          <ErrorSlot path="contractor" errors={errors} />
          <div class="grid">
            <Field path="contractor.name" label="受托单位名称" required errors={errors} control={text("contractorName", 100)} />
            <Field path="contractor.contractEndDate" label="合同到期日" required hint="委托运营合同期满，后台权限随之收回" errors={errors} control={text("contractEndDate", 10, { type: "date" })} />
          </div>
        </div>
      </FieldSection>
      <FieldSection title="认证情况">
        <div class="grid">
          <Field
            path="verification"
            label="认证状态"
            required
            errors={errors}
            control={(attrs) => <Select attrs={attrs} options={options("verificationStatuses")} value={draft.verification} onValue={(verification) => onDraft({ verification })} />}
          />
        </div>
      </FieldSection>
      <FieldSection title="说明">
        <Field
          path="justification"
          label="同平台多账号理由"
          wide
          hint="本单位在同一平台已开设账号的须说明理由（国办发〔2018〕123号：原则上同一平台只开设一个账号）；否则可不填"
          errors={errors}
          count={count("justification")}
          control={area("justification")}
        />
      </FieldSection>
    </>
  );
}
