import type { Account } from "../register/account.js";
import type { TxWrite } from "../shared/ports.js";
import type { CredentialTask } from "./credential-task.js";

/** Credential tasks, 委托运营 contract ends and one-off notices. Every listing is an index query, never a Scan. */
export interface CustodyStore {
  getCredentialTask(taskId: string): Promise<CredentialTask | undefined>;
  listCredentialTasksOfAccount(accountId: string): Promise<CredentialTask[]>;
  listCredentialTasksOfUnit(unitId: string): Promise<CredentialTask[]>;
  /** Open tasks due before `dueBefore` (all open tasks if absent), earliest due first. */
  listOpenCredentialTasks(dueBefore?: string): Promise<CredentialTask[]>;
  openCredentialTask(task: CredentialTask): TxWrite;
  /** Closes an open task; fails (part "credentialTask") if it was closed meanwhile. */
  closeCredentialTask(task: CredentialTask): TxWrite;

  /** Outsourced, not cancelled accounts whose contract ends on or before `upTo` (YYYY-MM-DD), soonest first. */
  listContractsEndingBy(upTo: string): Promise<Account[]>;
  /** Records a one-off notice (e.g. a contract warning); fails (part "notice") if it was recorded before. */
  noticeOnce(key: string, at: string): TxWrite;
}
