/** @jsxImportSource hono/jsx/dom */
import { useEffect, useRef, useState } from "hono/jsx/dom";
import { FormError } from "./form-field.js";
import { ReasonInput } from "./reason-field.js";
import { useFormSubmit } from "./use-form-submit.js";

export interface ReasonDialogProps {
  title: string;
  /** What the action does, above the field (a consequence the user should read before confirming). */
  intro?: string;
  label: string;
  hint?: string;
  confirm: string;
  /** Kept stable for tests and for the page's own styles: `<id>`, `<id>-title`, `<id>-error`, `<id>-confirm`. */
  id: string;
  send: (reason: string) => Promise<void>;
  onDone: () => void;
  onClose: () => void;
}

/**
 * An audited action that needs a reason (撤回, 停用, 恢复), asked for in a modal dialog: focus in the
 * reason, Esc or 取消 closes it, the server's errors show in the dialog, success closes it.
 */
export function ReasonDialog(props: ReasonDialogProps) {
  const [reason, setReason] = useState("");
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    dialog.current?.querySelector<HTMLElement>("textarea")?.focus();
  }, []);
  const { formRef, busy, errors, onSubmit } = useFormSubmit({
    send: async () => {
      await props.send(reason);
      dialog.current?.close();
      props.onDone();
    },
  });
  const close = () => {
    dialog.current?.close();
    props.onClose();
  };
  const titleId = `${props.id}-title`;
  return (
    <dialog class="dialog" aria-labelledby={titleId} data-testid={props.id} ref={dialog} onCancel={(event: Event) => (event.preventDefault(), close())}>
      <form noValidate ref={formRef} onSubmit={onSubmit}>
        <h2 id={titleId}>{props.title}</h2>
        {props.intro ? <p class="hint">{props.intro}</p> : null}
        <FormError errors={errors} testId={`${props.id}-error`} />
        <ReasonInput label={props.label} hint={props.hint} value={reason} onValue={setReason} errors={errors} />
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" data-testid={`${props.id}-confirm`} disabled={busy}>
            {busy ? "正在提交…" : props.confirm}
          </button>
          <button type="button" class="btn btn-secondary" onClick={close}>
            取消
          </button>
        </div>
      </form>
    </dialog>
  );
}
