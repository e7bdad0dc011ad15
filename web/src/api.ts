import type { AuditVerdict, FieldError, Filing, FilingDetail, FilingInput, Meta, Person } from "./types.js";

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

type Listener = () => void;
let onUnauthenticated: Listener = () => {};

/** Any 401 means the session is gone; the shell decides what to show. */
export function whenUnauthenticated(listener: Listener): void {
  onUnauthenticated = listener;
}

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
    throw new ApiError(0, "NETWORK", "网络连接异常，请检查网络后重试");
  }
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const error = (payload as { error?: { code?: string; message?: string; fields?: FieldError[] } } | undefined)?.error;
  const failure = new ApiError(response.status, error?.code ?? "HTTP_" + response.status, error?.message ?? fallbackMessage(response.status), error?.fields ?? []);
  if (response.status === 401 && path !== "/api/me") onUnauthenticated();
  throw failure;
}

function fallbackMessage(status: number): string {
  if (status === 401) return "请先登录";
  if (status === 403) return "无权执行此操作";
  if (status === 404) return "未找到相关记录";
  return "系统繁忙，请稍后重试";
}

export const api = {
  me: () => request<{ person: Person }>("GET", "/api/me").then((r) => r.person),
  meta: () => request<Meta>("GET", "/api/meta"),
  requestLoginLink: (email: string) => request<{ ok: true }>("POST", "/api/auth/login-link", { email }),
  logout: () => request<void>("POST", "/api/auth/logout"),
  listFilings: () => request<{ items: Filing[] }>("GET", "/api/filings").then((r) => r.items),
  getFiling: (id: string) => request<FilingDetail>("GET", `/api/filings/${encodeURIComponent(id)}`),
  submitFiling: (input: FilingInput) => request<{ filing: Filing }>("POST", "/api/filings", input).then((r) => r.filing),
  resubmitFiling: (id: string, input: FilingInput) =>
    request<{ filing: Filing }>("PUT", `/api/filings/${encodeURIComponent(id)}`, input).then((r) => r.filing),
  verifyAudit: (id: string) => request<AuditVerdict>("GET", `/api/filings/${encodeURIComponent(id)}/audit/verify`),
};
