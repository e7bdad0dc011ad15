import { DomainError, type ErrorKind, type Logger } from "@beian/core";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

const STATUS: Record<ErrorKind, ContentfulStatusCode> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
};

/** Every error the edge can meet, as a typed domain error (unknown failures stay unknown: a 500). */
export function toDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 400 && /json/i.test(error.message)) return new DomainError("MALFORMED_JSON");
    if (error.status === 413) return new DomainError("BODY_TOO_LARGE");
    if (error.status === 400) return new DomainError("BAD_REQUEST");
  }
  return undefined;
}

export function statusOf(error: DomainError): ContentfulStatusCode {
  return STATUS[error.kind];
}

export function jsonErrorHandler(log: Logger) {
  return (error: Error, c: Context) => {
    const known = toDomainError(error);
    if (!known) {
      log.error("unhandled error", { path: c.req.path, method: c.req.method, error: error.stack ?? String(error) });
      return c.json({ error: { code: "INTERNAL", message: "系统繁忙，请稍后重试" } }, 500);
    }
    const body = { code: known.code, message: known.message, ...(known.fields.length ? { fields: known.fields } : {}) };
    return c.json({ error: body }, statusOf(known));
  };
}
