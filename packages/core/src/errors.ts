/**
 * Typed domain errors. Each carries a stable machine code and a Chinese message for users;
 * the HTTP edge maps `kind` to a status in one place.
 */
export type ErrorKind =
  | "validation"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "gone"
  | "too_large"
  | "unsupported_media_type"
  | "too_many_requests";

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const validationError = (fields: FieldError[], message = "提交的内容有误，请检查后重试") =>
  new DomainError("validation", "VALIDATION_FAILED", message, fields);

export const notFound = (code: string, message: string) => new DomainError("not_found", code, message);
export const forbidden = (code: string, message: string) => new DomainError("forbidden", code, message);
export const conflict = (code: string, message: string) => new DomainError("conflict", code, message);
export const gone = (code: string, message: string) => new DomainError("gone", code, message);
export const unauthenticated = (code = "UNAUTHENTICATED", message = "请先登录") =>
  new DomainError("unauthenticated", code, message);
