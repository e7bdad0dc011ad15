import { request } from "./api.js";

/** Credential custody, rotate/unbind tasks and contract ends (the upkeep API). Never a password. */
export interface CredentialHolder {
  name: string;
  post?: string;
  devices: string[];
}

export interface CredentialCustody {
  holders: CredentialHolder[];
  lastPasswordChangeAt?: string;
  note?: string;
  updatedAt: string;
  updatedBy: string;
}

export interface CredentialTask {
  taskId: string;
  accountId: string;
  unitId: string;
  accountName: string;
  filingNumber: string;
  state: "open" | "done";
  removedAdmins: string[];
  addedAdmins: string[];
  openedAt: string;
  dueAt: string;
  completedAt?: string;
  completedBy?: string;
  rotatedOn?: string;
  overdue: boolean;
}

export interface ContractFlag {
  contractorName: string;
  contractEndDate: string;
  state: "active" | "expiring" | "ended";
  daysLeft: number;
}

export interface CustodyView {
  accountId: string;
  custody: CredentialCustody | null;
  tasks: CredentialTask[];
  overdueTasks: number;
  contract: ContractFlag | null;
}

export interface ExpiringContract extends ContractFlag {
  accountId: string;
  accountName: string;
  filingNumber: string;
  platform: string;
  unitName: string;
}

export interface CustodyInput {
  holders: CredentialHolder[];
  lastPasswordChangeAt?: string;
  note?: string;
}

const enc = encodeURIComponent;

export const upkeepApi = {
  custody: (accountId: string) => request<CustodyView>("GET", `/api/accounts/${enc(accountId)}/custody`),
  saveCustody: (accountId: string, input: CustodyInput) =>
    request<{ custody: CredentialCustody }>("PUT", `/api/accounts/${enc(accountId)}/custody`, input).then((r) => r.custody),
  credentialTasks: (overdue: boolean) => request<{ items: CredentialTask[] }>("GET", `/api/credential-tasks${overdue ? "?overdue=1" : ""}`).then((r) => r.items),
  completeTask: (taskId: string, input: { rotatedOn: string; devicesUnbound: boolean; note?: string }) =>
    request<{ task: CredentialTask }>("POST", `/api/credential-tasks/${enc(taskId)}/complete`, input),
  expiringContracts: () => request<{ items: ExpiringContract[] }>("GET", "/api/contracts/expiring").then((r) => r.items),
};

export const CONTRACT_LABELS = { active: "合同有效", expiring: "合同即将到期", ended: "合同已到期" } as const;
