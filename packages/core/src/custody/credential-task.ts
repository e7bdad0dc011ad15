/** "更换密码 / 解绑设备" after an approved administrator change; due within a deadline. */
export type CredentialTaskState = "open" | "done";

export interface CredentialTask {
  taskId: string;
  accountId: string;
  unitId: string;
  accountName: string;
  filingNumber: string;
  state: CredentialTaskState;
  reason: "admin_change";
  /** Administrators who left (their access must end) and those who joined. */
  removedAdmins: string[];
  addedAdmins: string[];
  openedAt: string;
  /** ISO instant; overdue once past. */
  dueAt: string;
  completedAt?: string;
  completedBy?: string;
  /** YYYY-MM-DD the password was changed, as reported when completing. */
  rotatedOn?: string;
}

export const isOverdue = (task: CredentialTask, now: Date) => task.state === "open" && task.dueAt < now.toISOString();

export type { CredentialCustody, CredentialHolder } from "../register/account.js";
