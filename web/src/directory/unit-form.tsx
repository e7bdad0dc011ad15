/** @jsxImportSource hono/jsx/dom */
import type { Unit } from "@beian/core";
import { useState } from "hono/jsx/dom";
import { EMAIL_HINT, PHONE_HINT } from "../ui/contact-hints.js";
import { TextInput } from "../ui/controls.js";
import { Field, FormError, type ControlAttrs } from "../ui/form-field.js";
import { useFormSubmit } from "../ui/use-form-submit.js";
import { directoryApi } from "./api.js";

const blank = { name: "", code: "", email: "", leaderName: "", contactName: "", contactPhone: "" };
const optional = (value: string) => value.trim() || undefined;

/** 新增单位 below the selected unit (or at the top when there is none yet). */
export function UnitForm(props: { parent?: Unit; onCreated: (unit: Unit) => void }) {
  const [draft, setDraft] = useState(blank);
  const { formRef, busy, errors, onSubmit } = useFormSubmit({
    send: async () => {
      const unit = await directoryApi.createUnit({
        name: draft.name,
        code: optional(draft.code),
        email: optional(draft.email),
        parentId: props.parent?.unitId,
        leaderName: optional(draft.leaderName),
        contactName: optional(draft.contactName),
        contactPhone: optional(draft.contactPhone),
      });
      setDraft(blank);
      props.onCreated(unit);
    },
  });
  const text = (key: keyof typeof blank, maxLength: number) => (attrs: ControlAttrs) => (
    <TextInput attrs={attrs} maxLength={maxLength} value={draft[key]} onValue={(v) => setDraft((d) => ({ ...d, [key]: v }))} />
  );
  return (
    <form class="inline-form" data-testid="unit-form" noValidate ref={formRef} onSubmit={onSubmit}>
      <h3>{props.parent ? `在“${props.parent.name}”下新增单位` : "新增单位"}</h3>
      <FormError errors={errors} testId="unit-form-error" />
      <Field scope="unit" testId="unit-name" path="name" label="单位名称" required errors={errors} control={text("name", 100)} />
      <Field scope="unit" testId="unit-code" path="code" label="单位编码" hint="用于批量导入等场合；不填则自动编为 U001、U002…" errors={errors} control={text("code", 20)} />
      <Field scope="unit" testId="unit-email" path="email" label="单位邮箱" hint={EMAIL_HINT} errors={errors} control={text("email", 254)} />
      <Field scope="unit" testId="unit-leader" path="leaderName" label="主要负责人" errors={errors} control={text("leaderName", 50)} />
      <Field scope="unit" path="contactName" label="联系人" errors={errors} control={text("contactName", 50)} />
      <Field scope="unit" path="contactPhone" label="联系电话" hint={PHONE_HINT} errors={errors} control={text("contactPhone", 20)} />
      <button type="submit" class="btn" data-testid="unit-submit" disabled={busy}>
        新增单位
      </button>
    </form>
  );
}
