/** @jsxImportSource hono/jsx/dom */
import type { Filing } from "@beian/core";
import { useEffect, useRef, useState } from "hono/jsx/dom";
import { TextArea } from "../ui/controls.js";
import { Field, FormError } from "../ui/form-field.js";
import { useFormSubmit } from "../ui/use-form-submit.js";
import { filingApi } from "./api.js";

/** 撤回: the unit takes its filing back while it is in review or returned, with a reason (audited). */
export function WithdrawDialog(props: { filing: Filing; onDone: () => void; onClose: () => void }) {
  const [reason, setReason] = useState("");
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    dialog.current?.querySelector<HTMLElement>("textarea")?.focus();
  }, []);
  const { formRef, busy, errors, onSubmit } = useFormSubmit({
    send: async () => {
      await filingApi.withdraw(props.filing.filingId, reason);
      dialog.current?.close();
      props.onDone();
    },
  });
  const close = () => {
    dialog.current?.close();
    props.onClose();
  };
  return (
    <dialog class="dialog" aria-labelledby="withdraw-title" data-testid="withdraw-dialog" ref={dialog} onCancel={(event: Event) => (event.preventDefault(), close())}>
      <form noValidate ref={formRef} onSubmit={onSubmit}>
        <h2 id="withdraw-title">{`撤回申请：${props.filing.data.accountName}`}</h2>
        <p class="hint">撤回后审核即终止，已发出的审核链接失效，所占用的平台账号予以释放；如需继续办理，请重新提交申请。</p>
        <FormError errors={errors} testId="withdraw-error" />
        <Field
          path="reason"
          label="撤回原因"
          required
          wide
          errors={errors}
          count={{ length: reason.length, max: 500 }}
          control={(attrs) => <TextArea attrs={attrs} maxLength={500} value={reason} onValue={setReason} />}
        />
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" data-testid="confirm-withdraw" disabled={busy}>
            {busy ? "正在提交…" : "确认撤回"}
          </button>
          <button type="button" class="btn btn-secondary" onClick={close}>
            取消
          </button>
        </div>
      </form>
    </dialog>
  );
}
