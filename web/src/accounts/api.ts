import type { Account, AccountHistoryEntry, ChainVerdict, ChangeInput, Filing, FilingKind, FilingStatus, RegisterItem } from "@beian/core";
import { enc, request } from "../ui/api-client.js";

/** GET /api/register/accounts/:id: the account, its whole history, its filings and its chain's verdict. */
export interface AccountView {
  account: RegisterItem;
  history: AccountHistoryEntry[];
  filings: { filingId: string; kind: FilingKind; status: FilingStatus; round: number; createdAt: string }[];
  chain: ChainVerdict;
}

export interface CancelInput {
  reason: string;
}

const account = (id: string) => `/api/accounts/${enc(id)}`;

/** The account lifecycle: 变更 / 注销 filings by its unit, 停用 / 恢复 by the registry office. */
export const accountApi = {
  get: (id: string) => request<AccountView>("GET", `/api/register/accounts/${enc(id)}`),
  submitChange: (id: string, input: ChangeInput) => request<{ filing: Filing }>("POST", `${account(id)}/changes`, input).then((r) => r.filing),
  submitCancel: (id: string, input: CancelInput) => request<{ filing: Filing }>("POST", `${account(id)}/cancellation`, input).then((r) => r.filing),
  /** A returned change or cancellation goes back with the body of its kind. */
  resubmit: (filingId: string, input: ChangeInput | CancelInput) => request<{ filing: Filing }>("PUT", `/api/filings/${enc(filingId)}`, input).then((r) => r.filing),
  suspend: (id: string, reason: string) => request<{ account: Account }>("POST", `${account(id)}/suspend`, { reason }).then((r) => r.account),
  restore: (id: string, reason: string) => request<{ account: Account }>("POST", `${account(id)}/restore`, { reason }).then((r) => r.account),
};

export const accountHref = {
  page: (id: string) => `#/accounts/${enc(id)}`,
  change: (id: string) => `#/accounts/${enc(id)}/change`,
  cancel: (id: string) => `#/accounts/${enc(id)}/cancel`,
};
