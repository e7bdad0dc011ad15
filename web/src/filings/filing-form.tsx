/** @jsxImportSource hono/jsx/dom */
import { useState } from "hono/jsx/dom";
import { FormError } from "../ui/form-field.js";
import { useFormSubmit } from "../ui/use-form-submit.js";
import { filingApi, filingHref, type FilingRow } from "./api.js";
import { draftOf, inputOf, type FilingDraft } from "./filing-draft.js";
import { FilingFields } from "./filing-fields.js";
import { ReturnComment } from "./return-comment.js";

/** 新媒体建设申请表: a new 开设 filing, or the resubmission of a returned one. */
export function FilingForm(props: { filing?: FilingRow; navigate: (hash: string) => void }) {
  const { filing } = props;
  const [draft, setDraft] = useState<FilingDraft>(draftOf(filing?.data));
  const { formRef, busy, errors, onSubmit } = useFormSubmit({
    send: async () => {
      const input = inputOf(draft);
      const saved = filing ? await filingApi.resubmit(filing.filingId, input) : await filingApi.submit(input);
      props.navigate(filingHref.detail(saved.filingId));
    },
  });
  return (
    <form class="filing-form" noValidate data-testid="filing-form" aria-describedby="form-intro" ref={formRef} onSubmit={onSubmit}>
      <p id="form-intro" class="lead">
        带 * 的为必填项。提交后依次经初审、复审、终审，通过后取得备案编号。
      </p>
      <ReturnComment comment={filing?.lastComment} />
      <FormError errors={errors} />
      <FilingFields draft={draft} onDraft={(patch) => setDraft((d) => ({ ...d, ...patch }))} errors={errors} />
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" data-testid="submit-filing" disabled={busy}>
          {busy ? "正在提交…" : filing ? "重新提交审核" : "提交备案申请"}
        </button>
        <a class="btn btn-secondary" href={filing ? filingHref.detail(filing.filingId) : filingHref.list()}>
          取消
        </a>
      </div>
    </form>
  );
}
