import { h } from "../dom.js";
import type { FieldError, Option } from "../types.js";

/**
 * Form fields keyed by the server's field paths ("leader.phone", "administrators.0.email").
 * The DOM is the registry: a control carries data-testid="field-<path>" and its error slot
 * carries data-error-for="<path>", so server errors land next to the right input.
 */

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const domId = (prefix: string, path: string) => `${prefix}-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;

export function errorSlot(path: string): HTMLParagraphElement {
  return h("p", { id: domId("err", path), class: "field-error", "data-error-for": path, hidden: true });
}

interface FieldOptions {
  hint?: string;
  required?: boolean;
  wide?: boolean;
}

/** A labelled control with its hint and error slot; the label text doubles as the name in messages. */
export function field(path: string, labelText: string, control: Control, options: FieldOptions = {}): HTMLDivElement {
  const id = domId("f", path);
  control.id = id;
  control.name = path;
  control.dataset.testid = `field-${path}`;
  control.dataset.label = labelText;
  if (options.required) control.setAttribute("aria-required", "true");
  const hint = options.hint ? h("p", { id: domId("hint", path), class: "hint" }, options.hint) : null;
  if (hint) control.setAttribute("aria-describedby", hint.id);
  const isCheck = control instanceof HTMLInputElement && control.type === "checkbox";
  const labelEl = h("label", { for: id }, labelText, options.required ? h("span", { class: "required", "aria-hidden": "true" }, " *") : null);
  return h(
    "div",
    { class: `field${options.wide ? " field-wide" : ""}${isCheck ? " field-check" : ""}` },
    isCheck ? h("div", { class: "check-row" }, control, labelEl) : [labelEl, control],
    hint,
    errorSlot(path),
  );
}

export function textInput(maxLength: number, attrs: Record<string, string> = {}): HTMLInputElement {
  return h("input", { type: "text", maxlength: maxLength, autocomplete: "off", ...attrs });
}

/** A textarea with a live character count, since the limits (500 字) are part of the rules. */
export function textArea(maxLength: number): HTMLTextAreaElement {
  return h("textarea", { maxlength: maxLength, rows: 4 });
}

export function withCounter(wrapper: HTMLElement, area: HTMLTextAreaElement): HTMLElement {
  const max = Number(area.getAttribute("maxlength"));
  const counter = h("span", { class: "counter", "aria-hidden": "true" });
  const update = () => (counter.textContent = `${area.value.length}/${max}`);
  area.addEventListener("input", update);
  update();
  area.insertAdjacentElement("afterend", counter);
  return wrapper;
}

export function select(options: Option[], placeholder?: string): HTMLSelectElement {
  return h("select", {}, placeholder !== undefined ? h("option", { value: "" }, placeholder) : null, options.map((o) => h("option", { value: o.id }, o.label)));
}

export function controlFor(form: HTMLElement, path: string): Control | null {
  return form.querySelector<Control>(`[data-testid="${CSS.escape(`field-${path}`)}"]`);
}

export function clearErrors(form: HTMLElement): void {
  for (const slot of form.querySelectorAll<HTMLElement>("[data-error-for]")) {
    slot.textContent = "";
    slot.hidden = true;
  }
  for (const control of form.querySelectorAll<Control>("[aria-invalid]")) {
    control.removeAttribute("aria-invalid");
    control.setAttribute("aria-describedby", (control.getAttribute("aria-describedby") ?? "").replace(/\berr-\S+/g, "").trim());
    if (!control.getAttribute("aria-describedby")) control.removeAttribute("aria-describedby");
  }
}

/**
 * Puts each error in the slot for its path, or the nearest enclosing path ("contractor" for
 * "contractor.name" when that field is not shown). Returns the errors with no place on the form.
 */
export function showErrors(form: HTMLElement, errors: FieldError[]): FieldError[] {
  const unplaced: FieldError[] = [];
  for (const error of errors) {
    const slot = slotFor(form, error.field);
    if (!slot) {
      unplaced.push(error);
      continue;
    }
    slot.textContent = slot.textContent ? `${slot.textContent}；${error.message}` : error.message;
    slot.hidden = false;
    const control = controlFor(form, slot.dataset.errorFor!);
    if (control) {
      control.setAttribute("aria-invalid", "true");
      const described = new Set((control.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean));
      control.setAttribute("aria-describedby", [slot.id, ...[...described].filter((d) => d !== slot.id)].join(" "));
    }
  }
  return unplaced;
}

function slotFor(form: HTMLElement, path: string): HTMLElement | null {
  const parts = path.split(".");
  while (parts.length) {
    const slot = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(parts.join("."))}"]`);
    // The slot itself starts hidden; what matters is whether its section is shown.
    if (slot && !slot.parentElement?.closest("[hidden]")) return slot;
    parts.pop();
  }
  return null;
}

/** Client-side check for empty required fields only; formats and limits are the server's call. */
export function requiredErrors(form: HTMLElement): FieldError[] {
  const errors: FieldError[] = [];
  for (const control of form.querySelectorAll<Control>('[aria-required="true"]')) {
    if (control.closest("[hidden]")) continue;
    if (!control.value.trim()) {
      errors.push({ field: control.name, code: "REQUIRED", message: `${control instanceof HTMLSelectElement ? "请选择" : "请填写"}${control.dataset.label ?? ""}` });
    }
  }
  return errors;
}

/** The first invalid control, for focus after a failed submit. */
export function firstInvalid(form: HTMLElement): Control | null {
  return form.querySelector<Control>('[aria-invalid="true"]');
}
