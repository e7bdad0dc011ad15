/** @jsxImportSource hono/jsx/dom */
import { useState } from "hono/jsx/dom";
import { TextArea, TextInput } from "../ui/controls.js";
import { Field, FormError } from "../ui/form-field.js";
import { useFormSubmit } from "../ui/use-form-submit.js";
import { inspectionApi, type UnitRow } from "./api.js";

/** 延期: a later deadline for one unit, with the reason (recorded on the campaign's chain). */
export function DeadlineForm(props: { year: number; unit: UnitRow; onDone: () => void; onCancel: () => void }) {
  const [deadline, setDeadline] = useState("");
  const [reason, setReason] = useState("");
  const { formRef, busy, errors, onSubmit } = useFormSubmit({
    send: async () => {
      await inspectionApi.extend(props.year, props.unit.unitId, deadline, reason);
      props.onDone();
    },
  });
  return (
    <form class="card" ref={formRef} onSubmit={onSubmit} noValidate data-testid="deadline-form">
      <h2>延期：{props.unit.unitName}</h2>
      <p class="hint">当前截止日期 {props.unit.deadline}。延期后提醒按新的截止日期重新发送。</p>
      <FormError errors={errors} />
      <div class="grid">
        <Field path="deadline" label="新的截止日期" required errors={errors} control={(attrs) => <TextInput attrs={attrs} type="date" maxLength={10} value={deadline} onValue={setDeadline} />} />
        <Field path="reason" label="延期原因" required wide errors={errors} control={(attrs) => <TextArea attrs={attrs} maxLength={500} value={reason} onValue={setReason} />} />
      </div>
      <div class="form-actions">
        <button class="btn btn-primary" type="submit" disabled={busy} data-testid="deadline-submit">
          确认延期
        </button>
        <button class="btn" type="button" onClick={props.onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
