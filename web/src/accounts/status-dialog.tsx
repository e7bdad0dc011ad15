/** @jsxImportSource hono/jsx/dom */
import type { Account } from "@beian/core";
import { useEffect, useRef, useState } from "hono/jsx/dom";
import { TextArea } from "../ui/controls.js";
import { Field, FormError } from "../ui/form-field.js";
import { useFormSubmit } from "../ui/use-form-submit.js";
import { accountApi } from "./api.js";

export type StatusAction = "suspend" | "restore";

export const WORDING = {
  suspend: {
    button: "停用",
    title: "停用账号",
    label: "停用原因",
    hint: "如：年度检查未通过、长期未更新、发生严重错误等；原因记入审计记录并告知主办单位",
    confirm: "确认停用",
  },
  restore: { button: "恢复", title: "恢复账号", label: "恢复说明", hint: "如：整改完成、复核通过等；说明记入审计记录", confirm: "确认恢复" },
} as const;

/** 停用 / 恢复 with a required reason, asked for in a modal dialog. */
export function StatusDialog(props: { action: StatusAction; account: Account; onDone: () => void; onClose: () => void }) {
  const words = WORDING[props.action];
  const [reason, setReason] = useState("");
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    dialog.current?.querySelector<HTMLElement>("textarea")?.focus();
  }, []);
  const { formRef, busy, errors, onSubmit } = useFormSubmit({
    send: async () => {
      const { accountId } = props.account;
      await (props.action === "suspend" ? accountApi.suspend(accountId, reason) : accountApi.restore(accountId, reason));
      dialog.current?.close();
      props.onDone();
    },
  });
  const close = () => {
    dialog.current?.close();
    props.onClose();
  };
  return (
    <dialog
      class="dialog"
      aria-labelledby="status-dialog-title"
      data-testid="status-dialog"
      ref={dialog}
      onCancel={(event: Event) => {
        event.preventDefault();
        close();
      }}
    >
      <form noValidate ref={formRef} onSubmit={onSubmit}>
        <h2 id="status-dialog-title">{`${words.title}：${props.account.accountName}`}</h2>
        <FormError errors={errors} testId="dialog-error" />
        <Field
          path="reason"
          label={words.label}
          required
          wide
          hint={words.hint}
          errors={errors}
          count={{ length: reason.length, max: 500 }}
          control={(attrs) => <TextArea attrs={attrs} maxLength={500} value={reason} onValue={setReason} />}
        />
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" data-testid="confirm-status" disabled={busy}>
            {busy ? "正在提交…" : words.confirm}
          </button>
          <button type="button" class="btn btn-secondary" onClick={close}>
            取消
          </button>
        </div>
      </form>
    </dialog>
  );
}
