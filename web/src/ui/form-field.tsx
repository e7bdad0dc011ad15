/** @jsxImportSource hono/jsx/dom */
import type { Child } from "hono/jsx";
import { domId, type FormErrors } from "./form-errors.js";

/** What a field passes to its control so label, hint, error and test hooks line up. */
export interface ControlAttrs {
  id: string;
  name: string;
  "data-testid": string;
  "data-label": string;
  "aria-required"?: "true";
  "aria-describedby"?: string;
  "aria-invalid"?: "true";
}

interface FieldProps {
  path: string;
  label: string;
  errors: FormErrors;
  control: (attrs: ControlAttrs) => Child;
  hint?: string;
  required?: boolean;
  wide?: boolean;
  /** A checkbox: the box before its label, on one row. */
  check?: boolean;
  /** Live character count for texts whose limit is part of the rules (500 字). */
  count?: { length: number; max: number };
  /** Tells the ids apart when two forms on one view have a field of the same path. */
  scope?: string;
  testId?: string;
}

/** A labelled control with its hint and error slot; the label text doubles as the name in messages. */
export function Field(props: FieldProps) {
  const { path, errors } = props;
  const key = props.scope ? `${props.scope}.${path}` : path;
  const id = domId("f", key);
  const error = errors.fields[path];
  const hintId = props.hint ? domId("hint", key) : undefined;
  const describedBy = [error ? domId("err", key) : undefined, hintId].filter(Boolean).join(" ");
  const control = props.control({
    id,
    name: path,
    "data-testid": props.testId ?? `field-${path}`,
    "data-label": props.label,
    ...(props.required ? { "aria-required": "true" as const } : {}),
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
    ...(error ? { "aria-invalid": "true" as const } : {}),
  });
  const label = (
    <label for={id}>
      {props.label}
      {props.required ? (
        <span class="required" aria-hidden="true">
          {" *"}
        </span>
      ) : null}
    </label>
  );
  return (
    <div class={`field${props.wide ? " field-wide" : ""}${props.check ? " field-check" : ""}`}>
      {props.check ? (
        <div class="check-row">
          {control}
          {label}
        </div>
      ) : (
        <>
          {label}
          {control}
        </>
      )}
      {props.count ? (
        <span class="counter" aria-hidden="true">
          {props.count.length}/{props.count.max}
        </span>
      ) : null}
      {props.hint ? (
        <p id={hintId} class="hint">
          {props.hint}
        </p>
      ) : null}
      <ErrorSlot path={path} errors={errors} scope={props.scope} />
    </div>
  );
}

/** Where errors for `path` (or paths below it with no slot of their own) are shown. */
export function ErrorSlot(props: { path: string; errors: FormErrors; scope?: string }) {
  const message = props.errors.fields[props.path];
  return (
    <p id={domId("err", props.scope ? `${props.scope}.${props.path}` : props.path)} class="field-error" data-error-for={props.path} hidden={!message}>
      {message ?? ""}
    </p>
  );
}

/** The form-level alert: the message plus the errors with no field on the form. */
export function FormError(props: { errors: FormErrors; testId?: string }) {
  const { message, unplaced } = props.errors;
  return (
    <div class="notice notice-err" role="alert" tabIndex={-1} data-form-error="" data-testid={props.testId ?? "form-error"} hidden={!message}>
      {message ?? ""}
      {unplaced.length ? (
        <ul>
          {unplaced.map((f) => (
            <li>{f.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A fieldset with a legend, the unit the forms are grouped in. */
export const FieldSection = (props: { title: string; children?: Child }) => (
  <fieldset class="section">
    <legend>{props.title}</legend>
    {props.children}
  </fieldset>
);
