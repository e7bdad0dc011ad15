import { ERROR_CATALOGUE, type ErrorCode } from "./error-catalogue.js";

/**
 * Typed domain errors. Each carries a stable code from the catalogue and a Chinese message for
 * users; the HTTP edge maps `kind` to a status in one place.
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
  readonly kind: ErrorKind;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message ?? ERROR_CATALOGUE[code].message);
    this.kind = ERROR_CATALOGUE[code].kind;
    this.name = "DomainError";
  }
}

/** Throws the catalogue's error for `code`, with a more specific message when the caller has one. */
export const fail = (code: ErrorCode, message?: string, fields: FieldError[] = []) => new DomainError(code, message, fields);

export const validationError = (fields: FieldError[], message?: string) => new DomainError("VALIDATION_FAILED", message, fields);

/** One field error as a validation failure (the common case of a rule the schema cannot express). */
export const fieldError = (field: string, code: string, message: string) => validationError([{ field, code, message }]);

export const unauthenticated = (code: "UNAUTHENTICATED" | "SESSION_EXPIRED" = "UNAUTHENTICATED") => new DomainError(code);

export type { ErrorCode } from "./error-catalogue.js";
