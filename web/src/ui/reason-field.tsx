/** @jsxImportSource hono/jsx/dom */
import type { FormErrors } from "./form-errors.js";
import { TextArea } from "./controls.js";
import { Field, FieldSection } from "./form-field.js";

const MAX = 500;

interface ReasonProps {
  label: string;
  hint?: string;
  value: string;
  onValue: (value: string) => void;
  errors: FormErrors;
}

/** A required reason (变更事由, 注销原因, 撤回原因, 停用原因 …), counted to 500 characters. */
export function ReasonInput(props: ReasonProps) {
  return (
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
  );
}

/** The one reason a filing is made for (变更事由, 注销原因), in a section of its own. */
export function ReasonField(props: ReasonProps) {
  return (
    <FieldSection title={props.label}>
      <ReasonInput {...props} />
    </FieldSection>
  );
}
