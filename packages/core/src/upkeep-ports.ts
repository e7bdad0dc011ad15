import type { Account } from "./account.js";
import type { CredentialTask } from "./custody.js";
import type { AccountChange, FilingChange } from "./ports.js";
import type { ReviewTask } from "./review-task.js";

/**
 * What the upkeep services (review reminders and escalation, credential custody, contract ends)
 * need from storage beyond the `Store`. Every listing is an index query, never a Scan.
 */
export interface UpkeepStore {
  /** Pending review tasks opened before `before`, oldest first (the pending partition of the work-state index). */
  listPendingTasksOpenedBefore(before: string): Promise<ReviewTask[]>;
  /**
   * Claims the task's next reminder: sets `remindedAt` only while the task is pending and its
   * `remindedAt` is still `previous` (absent if undefined), so concurrent sweeps remind once.
   */
  claimReminder(task: ReviewTask, at: string, previous: string | undefined): Promise<boolean>;
  /** Puts `remindedAt` back to `previous` after the mail failed, so the next sweep retries. */
  releaseReminder(task: ReviewTask, at: string, previous: string | undefined): Promise<void>;
  /**
   * Marks the task escalated and appends the escalation to its filing's audit chain in one
   * transaction; throws `StoreConflict` if the task is no longer pending, already escalated, or the
   * filing moved on.
   */
  commitEscalation(task: ReviewTask, at: string, change: Pick<FilingChange, "filing" | "audit" | "expectedAuditSeq">): Promise<void>;

  getCredentialTask(taskId: string): Promise<CredentialTask | undefined>;
  listCredentialTasksOfAccount(accountId: string): Promise<CredentialTask[]>;
  listCredentialTasksOfUnit(unitId: string): Promise<CredentialTask[]>;
  /** Open tasks due before `dueBefore` (all open tasks if absent), earliest due first. */
  listOpenCredentialTasks(dueBefore?: string): Promise<CredentialTask[]>;
  /** Opens tasks on their own (when not written with an account change). */
  putCredentialTasks(tasks: CredentialTask[]): Promise<void>;
  /** Closes an open task together with the account's custody update and audit record. */
  completeCredentialTask(task: CredentialTask, change: AccountChange): Promise<void>;

  /** Outsourced, not cancelled accounts whose contract ends on or before `upTo` (YYYY-MM-DD), soonest first. */
  listContractsEndingBy(upTo: string): Promise<Account[]>;
  /** Records a one-off notice (e.g. a contract warning); false if it was recorded before. */
  claimNotice(key: string, at: string): Promise<boolean>;
}
