/** @jsxImportSource hono/jsx/dom */
import type { FormErrors } from "./form-errors.js";
import { TextArea } from "./controls.js";
import { Field, FieldSection } from "./form-field.js";

const MAX = 500;

/** The one reason a filing is made for (变更事由, 注销原因): its own section, counted to 500 characters. */
export function ReasonField(props: { label: string; hint: string; value: string; onValue: (value: string) => void; errors: FormErrors }) {
  return (
    <FieldSection title={props.label}>
      <Field
        path="reason"
        label={props.label}
        required
        wide
        hint={props.hint}
        errors={props.errors}
        count={{ length: props.value.length, max: MAX }}
        control={(attrs) => <TextArea attrs={attrs} maxLength={MAX} value={props.value} onValue={props.onValue} />}
      />
    </FieldSection>
  );
}
