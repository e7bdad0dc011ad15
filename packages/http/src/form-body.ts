import { fail } from "@beian/core";
import type { Context } from "hono";

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * A server-rendered page's form: only form encodings, and a body that does not parse (no
 * boundary, an unterminated part, anything the platform's parser rejects) is a 400, never a 500.
 */
export async function readForm(c: Context, refuse = "请通过页面提交"): Promise<Record<string, string | File | (string | File)[]>> {
  if (!FORM_TYPES.test(c.req.header("content-type") ?? "")) throw fail("UNSUPPORTED_MEDIA_TYPE", refuse);
  try {
    return await c.req.parseBody({ all: true });
  } catch {
    throw fail("MALFORMED_FORM");
  }
}

/** A form field's values as strings (files and missing fields are no values). */
export const formValues = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === "string");
