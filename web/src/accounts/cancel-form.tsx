/** @jsxImportSource hono/jsx/dom */
import type { RegisterItem } from "@beian/core";
import { useState } from "hono/jsx/dom";
import type { FilingRow } from "../filings/api.js";
import { FormError } from "../ui/form-field.js";
import { ReturnComment } from "../filings/return-comment.js";
import { Notice } from "../ui/notice.js";
import { ReasonField } from "../ui/reason-field.js";
import { useFormSubmit } from "../ui/use-form-submit.js";
import { AccountSummary } from "./account-summary.js";
import { accountApi } from "./api.js";

export type CancelSource = { account: RegisterItem; filing?: undefined } | { filing: FilingRow; account?: undefined };

/** Either a new cancellation of `account`, or the resubmission of a returned cancellation `filing`. */
export function CancelForm(props: CancelSource & { navigate: (hash: string) => void }) {
  const { filing, account } = props;
  const [reason, setReason] = useState(filing?.reason ?? "");
  const { formRef, busy, errors, onSubmit } = useFormSubmit({
    send: async () => {
      const saved = filing ? await accountApi.resubmit(filing.filingId, { reason }) : await accountApi.submitCancel(account!.accountId, { reason });
      props.navigate(`#/filings/${encodeURIComponent(saved.filingId)}`);
    },
  });
  return (
    <form class="filing-form" noValidate data-testid="cancel-form" ref={formRef} onSubmit={onSubmit}>
      {account ? <AccountSummary account={account} /> : null}
      <Notice tone="warn" testId="cancel-warning">
        <strong>请注意：</strong>
        注销备案经初审、复审、终审通过后，账号状态变为“已注销”，并在<strong>政务新媒体注销公告</strong>
        中向社会公开（账号名称、平台、平台账号、主办单位、备案编号、注销日期和注销原因）。
        <span class="block hint">注销后该账号不能再变更；如需恢复使用，须重新提交开设备案。请在平台上同步完成账号注销或停更公告，妥善处置账号后台权限。</span>
      </Notice>
      <ReturnComment comment={filing?.lastComment} />
      <FormError errors={errors} />
      <ReasonField label="注销原因" hint="如：机构撤并、职能调整、账号长期无更新等；注销原因将随注销公告公开" value={reason} onValue={setReason} errors={errors} />
      <div class="form-actions">
        <button type="submit" class="btn btn-primary btn-danger" data-testid="submit-cancel" disabled={busy}>
          {busy ? "正在提交…" : filing ? "重新提交审核" : "提交注销备案"}
        </button>
        <a class="btn btn-secondary" href={`#/filings/${encodeURIComponent(filing ? filing.filingId : account!.filingId)}`}>
          取消
        </a>
      </div>
    </form>
  );
}
