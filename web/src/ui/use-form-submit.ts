import type { FieldError } from "@beian/core";
import { useEffect, useRef, useState } from "hono/jsx/dom";
import { ApiError } from "./api-client.js";
import { NO_ERRORS, placeErrors, requiredErrors, type FormErrors } from "./form-errors.js";

export interface SubmitOptions {
  send: () => Promise<void>;
  /** Maps a server field path to the form's ("data.leader.phone" → "leader.phone" in the 变更 form). */
  fieldPath?: (path: string) => string;
}

/**
 * The submit cycle every form here shares: required fields checked locally, then the server's
 * verdict; its field errors go next to their fields, the rest into the form-level alert, and focus
 * moves to the first field in error (or the alert).
 */
export function useFormSubmit({ send, fieldPath = (p) => p }: SubmitOptions) {
  const formRef = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [failures, setFailures] = useState(0);

  useEffect(() => {
    const form = formRef.current;
    if (!failures || !form) return;
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    const alert = form.querySelector<HTMLElement>("[data-form-error]");
    (invalid ?? alert)?.focus();
    if (!invalid) alert?.scrollIntoView({ block: "center" });
  }, [failures]);

  const fail = (message: string, fields: FieldError[] = []) => {
    setErrors(placeErrors(formRef.current!, message, fields));
    setFailures((n) => n + 1);
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setErrors(NO_ERRORS);
    const missing = requiredErrors(formRef.current!);
    if (missing.length) return fail("还有必填项未填写，请补充后再提交。", missing);
    setBusy(true);
    try {
      await send();
    } catch (error) {
      if (!(error instanceof ApiError)) return fail("系统繁忙，请稍后重试");
      if (error.status === 401) return;
      const fields = error.fields.map((f) => ({ ...f, field: fieldPath(f.field) }));
      fail(fields.length ? "提交内容有误，请根据提示修改后重新提交。" : error.message, fields);
    } finally {
      setBusy(false);
    }
  };

  return { formRef, busy, errors, onSubmit };
}
