import type { Account, AccountView, CancelInput, ChangeInput } from "./account-types.js";
import { request } from "./api.js";
import type { Filing } from "./types.js";

const account = (id: string) => `/api/accounts/${encodeURIComponent(id)}`;
const filing = (id: string) => `/api/filings/${encodeURIComponent(id)}`;

/** The account lifecycle: 变更 / 注销 filings by its unit, 停用 / 恢复 by the registry office. */
export const accountApi = {
  get: (id: string) => request<AccountView>("GET", `/api/register/accounts/${encodeURIComponent(id)}`),
  submitChange: (id: string, input: ChangeInput) => request<{ filing: Filing }>("POST", `${account(id)}/changes`, input).then((r) => r.filing),
  submitCancel: (id: string, input: CancelInput) => request<{ filing: Filing }>("POST", `${account(id)}/cancellation`, input).then((r) => r.filing),
  /** A returned change or cancellation goes back with the body of its kind. */
  resubmit: (filingId: string, input: ChangeInput | CancelInput) => request<{ filing: Filing }>("PUT", filing(filingId), input).then((r) => r.filing),
  suspend: (id: string, reason: string) => request<{ account: Account }>("POST", `${account(id)}/suspend`, { reason }).then((r) => r.account),
  restore: (id: string, reason: string) => request<{ account: Account }>("POST", `${account(id)}/restore`, { reason }).then((r) => r.account),
};
