import type { FieldError } from "@beian/core";

/** A failed API call, carrying the server's Chinese message and any per-field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }
}

let onUnauthenticated: () => void = () => {};

/** Any 401 means the session is gone; the shell decides what to show. */
export function whenUnauthenticated(listener: () => void): void {
  onUnauthenticated = listener;
}

export const NETWORK_ERROR = new ApiError(0, "NETWORK", "网络连接异常，请检查网络后重试");

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: { Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw NETWORK_ERROR;
  }
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const failure = apiError(response.status, payload, fallbackMessage(response.status));
  if (response.status === 401 && path !== "/api/me") onUnauthenticated();
  throw failure;
}

/** The server's `{ error: { code, message, fields } }`, or a stand-in when the body is not one. */
export function apiError(status: number, payload: unknown, fallback: string): ApiError {
  const error = (payload as { error?: { code?: string; message?: string; fields?: FieldError[] } } | undefined)?.error;
  return new ApiError(status, error?.code ?? `HTTP_${status}`, error?.message ?? fallback, error?.fields ?? []);
}

function fallbackMessage(status: number): string {
  if (status === 401) return "请先登录";
  if (status === 403) return "无权执行此操作";
  if (status === 404) return "未找到相关记录";
  return "系统繁忙，请稍后重试";
}

/** What to tell the user about any failure: the server's words when it gave some. */
export const errorMessage = (error: unknown, fallback = "加载失败，请稍后重试") => (error instanceof ApiError ? error.message : fallback);

/** The message with its field errors, for forms that have no field slots of their own. */
export const errorWithFields = (error: unknown) =>
  error instanceof ApiError ? [error.message, ...error.fields.map((f) => f.message)].join("：") : "操作失败，请稍后重试";

export const enc = encodeURIComponent;
