/** @jsxImportSource hono/jsx/dom */
import type { RegisterItem } from "@beian/core";
import { useState } from "hono/jsx/dom";
import type { FilingRow } from "../filings/api.js";
import { draftOf, inputOf, type FilingDraft } from "../filings/filing-draft.js";
import { FilingFields } from "../filings/filing-fields.js";
import { TextInput } from "../ui/controls.js";
import { Field, FieldSection, FormError } from "../ui/form-field.js";
import { ReturnComment } from "../filings/return-comment.js";
import { ReasonField } from "../ui/reason-field.js";
import { useFormSubmit } from "../ui/use-form-submit.js";
import { AccountSummary } from "./account-summary.js";
import { accountApi } from "./api.js";

/** Either a new change of `account`, or the resubmission of a returned change `filing`. */
export type ChangeSource = { account: RegisterItem; filing?: undefined } | { filing: FilingRow; account?: undefined };

const withoutDataPrefix = (path: string) => path.replace(/^data\./, "");

export function ChangeForm(props: ChangeSource & { navigate: (hash: string) => void }) {
  const { filing, account } = props;
  const [draft, setDraft] = useState<FilingDraft>(draftOf(filing ? filing.data : account!.data));
  const [reason, setReason] = useState(filing?.reason ?? "");
  const [transfer, setTransfer] = useState(Boolean(filing?.transferToUnitId));
  const [transferTo, setTransferTo] = useState(filing?.transferToUnitId ?? "");
  const { formRef, busy, errors, onSubmit } = useFormSubmit({
    fieldPath: withoutDataPrefix,
    send: async () => {
      const unit = transfer ? transferTo.trim() : "";
      const input = { data: inputOf(draft), reason, ...(unit ? { transferToUnitId: unit } : {}) };
      const saved = filing ? await accountApi.resubmit(filing.filingId, input) : await accountApi.submitChange(account!.accountId, input);
      props.navigate(`#/filings/${encodeURIComponent(saved.filingId)}`);
    },
  });
  return (
    <form class="filing-form" noValidate data-testid="change-form" aria-describedby="change-intro" ref={formRef} onSubmit={onSubmit}>
      <p id="change-intro" class="lead">
        请直接修改需要变更的内容，未修改的保持原样。提交后依次经初审、复审、终审，通过后备案登记信息随之更新，备案编号不变。
      </p>
      {account ? <AccountSummary account={account} /> : null}
      <ReturnComment comment={filing?.lastComment} />
      <FormError errors={errors} />
      <ReasonField label="变更事由" hint="如：主管领导调整、管理人员变动、机构改革更名等，审核人员将看到变更前后对照" value={reason} onValue={setReason} errors={errors} />
      <FilingFields draft={draft} onDraft={(patch) => setDraft((d) => ({ ...d, ...patch }))} errors={errors} lockIdentity />
      <FieldSection title="主办单位变更">
        <div class="check-row">
          <input type="checkbox" id="toggle-transfer" data-testid="toggle-transfer" checked={transfer} onChange={(e: Event) => setTransfer((e.target as HTMLInputElement).checked)} />
          <label for="toggle-transfer">办理主办单位变更（账号划转至其他单位）</label>
        </div>
        <div class="subsection" data-section="transfer" hidden={!transfer}>
          <div class="grid">
            <Field
              path="transferToUnitId"
              label="变更后主办单位编码"
              required
              hint="填写接收单位在本系统中的单位编码（可向归口管理部门查询）；审核通过后账号划归该单位管理"
              errors={errors}
              control={(attrs) => <TextInput attrs={attrs} maxLength={64} value={transferTo} onValue={setTransferTo} />}
            />
          </div>
        </div>
      </FieldSection>
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" data-testid="submit-change" disabled={busy}>
          {busy ? "正在提交…" : filing ? "重新提交审核" : "提交变更备案"}
        </button>
        <a class="btn btn-secondary" href={`#/filings/${encodeURIComponent(filing ? filing.filingId : account!.filingId)}`}>
          取消
        </a>
      </div>
    </form>
  );
}
