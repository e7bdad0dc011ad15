/** @jsxImportSource hono/jsx/dom */
import { useEffect, useRef, useState } from "hono/jsx/dom";
import { EMAIL_HINT, PHONE_HINT } from "../ui/contact-hints.js";
import { Checkbox, TextInput } from "../ui/controls.js";
import { ErrorSlot, Field } from "../ui/form-field.js";
import type { FormErrors } from "../ui/form-errors.js";
import { blankAdministrator, type Administrator } from "./filing-draft.js";

const MAX_ADMINISTRATORS = 10;

/** 后台管理人员: 1 to 10 rows; field paths are the rows' 0-based positions, as the API numbers them. */
export function AdministratorsSection(props: { rows: Administrator[]; onRows: (rows: Administrator[]) => void; errors: FormErrors }) {
  const { rows, onRows, errors } = props;
  const section = useRef<HTMLFieldSetElement>(null);
  /** After adding or removing a row, focus goes to a row's name (or the add button), not to the page top. */
  const [focusTarget, setFocusTarget] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!focusTarget) return;
    section.current?.querySelector<HTMLElement>(`[data-testid="${focusTarget}"]`)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);

  const update = (index: number, patch: Partial<Administrator>) => onRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    onRows(next);
    setFocusTarget(`field-administrators.${Math.min(index, next.length - 1)}.name`);
  };
  const add = () => {
    if (rows.length >= MAX_ADMINISTRATORS) return;
    onRows([...rows, blankAdministrator()]);
    setFocusTarget(`field-administrators.${rows.length}.name`);
  };

  return (
    <fieldset class="section" ref={section}>
      <legend>后台管理人员</legend>
      <p class="section-note">账号后台须由本单位在编人员专人专岗管理，最多 10 人。</p>
      <ErrorSlot path="administrators" errors={errors} />
      <div class="admin-rows">
        {rows.map((row, index) => {
          const base = `administrators.${index}`;
          return (
            <fieldset class="admin-row">
              <legend>管理人员 {index + 1}</legend>
              <div class="grid grid-admin">
                <Field path={`${base}.name`} label="姓名" required errors={errors} control={(attrs) => <TextInput attrs={attrs} maxLength={20} value={row.name} onValue={(name) => update(index, { name })} />} />
                <Field
                  path={`${base}.phone`}
                  label="手机号"
                  required
                  hint={PHONE_HINT}
                  errors={errors}
                  control={(attrs) => <TextInput attrs={attrs} maxLength={20} inputMode="tel" value={row.phone} onValue={(phone) => update(index, { phone })} />}
                />
                <Field
                  path={`${base}.email`}
                  label="邮箱"
                  required
                  hint={EMAIL_HINT}
                  errors={errors}
                  control={(attrs) => <TextInput attrs={attrs} type="email" maxLength={254} value={row.email} onValue={(email) => update(index, { email })} />}
                />
                <Field path={`${base}.onPayroll`} label="在编" check errors={errors} control={(attrs) => <Checkbox attrs={attrs} checked={row.onPayroll} onChecked={(onPayroll) => update(index, { onPayroll })} />} />
                <div class="row-actions">
                  <button
                    type="button"
                    class="btn btn-link danger"
                    aria-label={`删除管理人员 ${index + 1}`}
                    data-testid={`remove-administrator-${index}`}
                    disabled={rows.length <= 1}
                    onClick={() => remove(index)}
                  >
                    删除
                  </button>
                </div>
              </div>
              <ErrorSlot path={base} errors={errors} />
            </fieldset>
          );
        })}
      </div>
      <button type="button" class="btn btn-secondary" data-testid="add-administrator" disabled={rows.length >= MAX_ADMINISTRATORS} onClick={add}>
        ＋ 添加管理人员
      </button>
    </fieldset>
  );
}
