import { ApiError, request } from "./api.js";
import type { ImportResult, PublicAccount, RegisterAccountView, RegisterPage, RegisterQuery } from "./register-types.js";

const query = (q: RegisterQuery) => {
  const params = new URLSearchParams(Object.entries(q).filter(([, v]) => v !== undefined && v !== "") as [string, string][]);
  return params.size ? `?${params}` : "";
};

/** The file itself is the request body; the server tells CSV from XLSX by its content. */
async function upload(file: File, dryRun: boolean): Promise<ImportResult> {
  let response: Response;
  try {
    response = await fetch(`/api/register/import${dryRun ? "?dryRun=1" : ""}`, {
      method: "POST",
      credentials: "same-origin",
      headers: { Accept: "application/json", "Content-Type": file.type || "application/octet-stream" },
      body: file,
    });
  } catch {
    throw new ApiError(0, "NETWORK", "网络连接异常，请检查网络后重试");
  }
  const payload = await response.json().catch(() => undefined);
  if (response.ok) return payload as ImportResult;
  const error = (payload as { error?: { code?: string; message?: string; fields?: ApiError["fields"] } } | undefined)?.error;
  throw new ApiError(response.status, error?.code ?? `HTTP_${response.status}`, error?.message ?? "导入失败，请稍后重试", error?.fields ?? []);
}

/** 备案登记 (signed in) and 账号核验 / 注销公告 (public). */
export const registerApi = {
  list: (q: RegisterQuery) => request<RegisterPage>("GET", `/api/register${query(q)}`),
  exportHref: (format: "csv" | "xlsx", q: RegisterQuery) => `/api/register/export.${format}${query({ ...q, cursor: undefined, limit: undefined })}`,
  account: (id: string) => request<RegisterAccountView>("GET", `/api/register/accounts/${encodeURIComponent(id)}`),
  units: () => request<{ items: { unitId: string; name: string; path?: string }[] }>("GET", "/api/directory/units").then((r) => r.items),
  import: upload,
  verify: (q: string) => request<{ query: string; found: boolean; matches: PublicAccount[] }>("GET", `/api/public/verify?q=${encodeURIComponent(q)}`),
  cancelled: (cursor?: string) => request<{ items: PublicAccount[]; nextCursor?: string }>("GET", `/api/public/cancelled${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`),
};
