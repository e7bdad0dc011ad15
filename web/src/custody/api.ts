import type { Account, ContractFlag, CredentialCustody, CredentialTask, CustodyInput } from "@beian/core";
import { enc, request } from "../ui/api-client.js";

/** A rotate/unbind task as listed: flagged once past its deadline. */
export type ListedTask = CredentialTask & { overdue: boolean };

/** GET /api/accounts/:id/custody */
export interface CustodyView {
  accountId: string;
  custody: CredentialCustody | null;
  tasks: ListedTask[];
  overdueTasks: number;
  contract: ContractFlag | null;
}

/** GET /api/contracts/expiring: one outsourced account whose contract ends soon or has ended. */
export type ExpiringContract = ContractFlag & Pick<Account, "accountId" | "accountName" | "filingNumber" | "platform" | "status" | "unitId"> & { unitName: string };

/** Credential custody, rotate/unbind tasks and contract ends. Never a password. */
export const custodyApi = {
  view: (accountId: string) => request<CustodyView>("GET", `/api/accounts/${enc(accountId)}/custody`),
  save: (accountId: string, input: CustodyInput) => request<{ custody: CredentialCustody }>("PUT", `/api/accounts/${enc(accountId)}/custody`, input).then((r) => r.custody),
  tasks: (overdue: boolean) => request<{ items: ListedTask[] }>("GET", `/api/credential-tasks${overdue ? "?overdue=1" : ""}`).then((r) => r.items),
  completeTask: (taskId: string, input: { rotatedOn: string; devicesUnbound: boolean; note?: string }) =>
    request<{ task: CredentialTask }>("POST", `/api/credential-tasks/${enc(taskId)}/complete`, input),
  expiringContracts: () => request<{ items: ExpiringContract[] }>("GET", "/api/contracts/expiring").then((r) => r.items),
};

export const accountPage = (accountId: string) => `#/accounts/${enc(accountId)}`;
