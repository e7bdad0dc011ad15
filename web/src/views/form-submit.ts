import { ApiError } from "../api.js";
import { h, mount } from "../dom.js";
import type { FieldError } from "../types.js";
import { clearErrors, firstInvalid, requiredErrors, showErrors } from "./form-controls.js";

export interface SubmitOptions {
  form: HTMLFormElement;
  submit: HTMLButtonElement;
  /** The form-level alert (message plus the errors with no field on the form). */
  formError: HTMLElement;
  /** Maps a server field path to the form's ("data.leader.phone" → "leader.phone" in the 变更 form). */
  fieldPath?: (path: string) => string;
  send: () => Promise<void>;
}

/**
 * The submit cycle every form here shares: required fields checked locally, then the server's
 * verdict; its field errors go next to their fields, the rest into the form-level alert.
 */
export function onSubmit({ form, submit, formError, fieldPath = (p) => p, send }: SubmitOptions): void {
  const idleText = submit.textContent ?? "";
  formError.tabIndex = -1;

  const fail = (message: string, fields: FieldError[] = []) => {
    const unplaced = showErrors(form, fields);
    mount(formError, message, unplaced.length ? h("ul", {}, unplaced.map((f) => h("li", {}, f.message))) : null);
    formError.hidden = false;
    (firstInvalid(form) ?? formError).focus();
    if (!firstInvalid(form)) formError.scrollIntoView({ block: "center" });
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    formError.hidden = true;
    const missing = requiredErrors(form);
    if (missing.length) return fail("还有必填项未填写，请补充后再提交。", missing);
    submit.disabled = true;
    submit.textContent = "正在提交…";
    try {
      await send();
    } catch (error) {
      if (!(error instanceof ApiError)) return fail("系统繁忙，请稍后重试");
      if (error.status === 401) return;
      const fields = error.fields.map((f) => ({ ...f, field: fieldPath(f.field) }));
      fail(fields.length ? "提交内容有误，请根据提示修改后重新提交。" : error.message, fields);
    } finally {
      submit.disabled = false;
      submit.textContent = idleText;
    }
  });
}
