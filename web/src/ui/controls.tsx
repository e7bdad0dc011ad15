/** @jsxImportSource hono/jsx/dom */
import type { ControlAttrs } from "./form-field.js";
import type { Option } from "./labels.js";

/** Controls bound to state: each renders `value` and reports every edit through `onValue`. */
interface Bound {
  attrs: ControlAttrs;
  value: string;
  onValue: (value: string) => void;
}

const read = (event: Event) => (event.target as HTMLInputElement).value;

export const TextInput = (props: Bound & { maxLength: number; type?: "text" | "email" | "date"; inputMode?: string; readOnly?: boolean; max?: string }) => (
  <input
    type={props.type ?? "text"}
    maxLength={props.type === "date" ? undefined : props.maxLength}
    autocomplete="off"
    inputMode={props.inputMode}
    readOnly={props.readOnly}
    max={props.max}
    {...props.attrs}
    value={props.value}
    onInput={(e: Event) => props.onValue(read(e))}
  />
);

export const TextArea = (props: Bound & { maxLength: number }) => (
  <textarea maxLength={props.maxLength} rows={4} {...props.attrs} value={props.value} onInput={(e: Event) => props.onValue(read(e))} />
);

export const Select = (props: Bound & { options: Option[]; placeholder?: string; disabled?: boolean }) => (
  <select {...props.attrs} disabled={props.disabled} value={props.value} onChange={(e: Event) => props.onValue(read(e))}>
    {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
    {props.options.map((o) => (
      <option value={o.id} selected={o.id === props.value}>
        {o.label}
      </option>
    ))}
  </select>
);

export const Checkbox = (props: { attrs: ControlAttrs; checked: boolean; onChecked: (checked: boolean) => void }) => (
  <input type="checkbox" {...props.attrs} checked={props.checked} onChange={(e: Event) => props.onChecked((e.target as HTMLInputElement).checked)} />
);
