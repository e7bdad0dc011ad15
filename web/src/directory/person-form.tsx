/** @jsxImportSource hono/jsx/dom */
import type { Role, Unit } from "@beian/core";
import { useState } from "hono/jsx/dom";
import { EMAIL_HINT, PHONE_HINT } from "../ui/contact-hints.js";
import { TextInput } from "../ui/controls.js";
import { ErrorSlot, Field, FormError, type ControlAttrs } from "../ui/form-field.js";
import { useFormSubmit } from "../ui/use-form-submit.js";
import { directoryApi, ROLE_LABELS } from "./api.js";

const blank = { name: "", email: "", phone: "", roles: [] as Role[], subUnits: false };

/** 新增人员 in a unit: name, email, phone, roles; an operator may act for the sub-units too. */
export function PersonForm(props: { unit: Unit; onCreated: () => void }) {
  const [draft, setDraft] = useState(blank);
  const { formRef, busy, errors, onSubmit } = useFormSubmit({
    send: async () => {
      await directoryApi.createPerson({
        name: draft.name,
        email: draft.email,
        phone: draft.phone.trim() || undefined,
        unitId: props.unit.unitId,
        roles: draft.roles,
        canActForSubUnits: draft.subUnits || undefined,
      });
      setDraft(blank);
      props.onCreated();
    },
  });
  const text = (key: "name" | "email" | "phone", maxLength: number, type?: "email") => (attrs: ControlAttrs) => (
    <TextInput attrs={attrs} type={type} maxLength={maxLength} value={draft[key]} onValue={(v) => setDraft((d) => ({ ...d, [key]: v }))} />
  );
  const toggleRole = (role: Role, on: boolean) => setDraft((d) => ({ ...d, roles: on ? [...d.roles, role] : d.roles.filter((r) => r !== role) }));
  return (
    <form class="inline-form" data-testid="person-form" noValidate ref={formRef} onSubmit={onSubmit}>
      <h3>新增人员</h3>
      <FormError errors={errors} testId="person-form-error" />
      <Field scope="person" testId="person-name-input" path="name" label="姓名" required errors={errors} control={text("name", 50)} />
      <Field scope="person" testId="person-email" path="email" label="邮箱" required hint={EMAIL_HINT} errors={errors} control={text("email", 254, "email")} />
      <Field scope="person" testId="person-phone" path="phone" label="手机号" hint={PHONE_HINT} errors={errors} control={text("phone", 20)} />
      <fieldset>
        <legend>角色</legend>
        {(Object.keys(ROLE_LABELS) as Role[]).map((role) => (
          <label class="check-inline">
            <input type="checkbox" value={role} data-testid={`role-${role}`} checked={draft.roles.includes(role)} onChange={(e: Event) => toggleRole(role, (e.target as HTMLInputElement).checked)} />
            {ROLE_LABELS[role]}
          </label>
        ))}
        <ErrorSlot path="roles" errors={errors} scope="person" />
      </fieldset>
      <label class="check-inline">
        <input type="checkbox" checked={draft.subUnits} onChange={(e: Event) => setDraft((d) => ({ ...d, subUnits: (e.target as HTMLInputElement).checked }))} />
        信息员可代下级单位操作
      </label>
      <button type="submit" class="btn" data-testid="person-submit" disabled={busy}>
        新增人员
      </button>
    </form>
  );
}
