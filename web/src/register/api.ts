import type { AccountStatus, ImportResult, RegisterItem, RegisterPage, Unit } from "@beian/core";
import { apiError, NETWORK_ERROR, request } from "../ui/api-client.js";

/** The register's filters as the API and the page's URL carry them. */
export interface RegisterQuery {
  q?: string;
  unitId?: string;
  /** "0" leaves out the unit's sub-units (the server's default includes them). */
  subUnits?: "0" | "1";
  platform?: string;
  status?: AccountStatus;
  cursor?: string;
}

export const queryString = (q: RegisterQuery & { limit?: string }) => {
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
    throw NETWORK_ERROR;
  }
  const payload = await response.json().catch(() => undefined);
  if (response.ok) return payload as ImportResult;
  throw apiError(response.status, payload, "导入失败，请稍后重试");
}

/** 备案登记: the list, its export and the bulk import. */
export const registerApi = {
  list: (q: RegisterQuery, limit: number) => request<RegisterPage<RegisterItem>>("GET", `/api/register${queryString({ ...q, limit: String(limit) })}`),
  exportHref: (format: "csv" | "xlsx", q: RegisterQuery) => `/api/register/export.${format}${queryString({ ...q, cursor: undefined })}`,
  units: () => request<{ items: Unit[] }>("GET", "/api/directory/units").then((r) => r.items),
  import: upload,
};
