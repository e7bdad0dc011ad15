import type { FieldError } from "@beian/core";

/**
 * Field errors keyed by the server's field paths ("leader.phone", "administrators.0.email"). A
 * field renders an error slot (data-error-for="<path>"), so an error finds its place on the form
 * as rendered: its own slot, or the nearest enclosing one that is shown ("contractor" for
 * "contractor.name" while that field is hidden).
 */
export interface FormErrors {
  message?: string;
  fields: Record<string, string>;
  unplaced: FieldError[];
}

export const NO_ERRORS: FormErrors = { fields: {}, unplaced: [] };

export const domId = (prefix: string, path: string) => `${prefix}-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;

export function placeErrors(form: HTMLElement, message: string, errors: FieldError[]): FormErrors {
  const fields: Record<string, string> = {};
  const unplaced: FieldError[] = [];
  for (const error of errors) {
    const slot = slotFor(form, error.field);
    if (!slot) unplaced.push(error);
    else fields[slot] = fields[slot] ? `${fields[slot]}；${error.message}` : error.message;
  }
  return { message, fields, unplaced };
}

function slotFor(form: HTMLElement, path: string): string | undefined {
  const parts = path.split(".");
  while (parts.length) {
    const candidate = parts.join(".");
    const slot = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(candidate)}"]`);
    if (slot && !slot.parentElement?.closest("[hidden]")) return candidate;
    parts.pop();
  }
  return undefined;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Client-side check for empty required fields only; formats and limits are the server's call. */
export function requiredErrors(form: HTMLElement): FieldError[] {
  const errors: FieldError[] = [];
  for (const control of form.querySelectorAll<Control>('[aria-required="true"]')) {
    if (control.closest("[hidden]")) continue;
    if (!control.value.trim()) {
      const verb = control instanceof HTMLSelectElement ? "请选择" : "请填写";
      errors.push({ field: control.name, code: "REQUIRED", message: `${verb}${control.dataset.label ?? ""}` });
    }
  }
  return errors;
}
