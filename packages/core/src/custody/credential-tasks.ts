import { normalizeEmail } from "../directory/people.js";
import type { FilingInput } from "../register/account-data.js";
import type { Account } from "../register/account.js";
import type { CredentialTask } from "./credential-task.js";

type Administrator = FilingInput["administrators"][number];

const DAY_MS = 86_400_000;
const keyOf = (a: Administrator) => normalizeEmail(a.email);

/** Who left and who joined the account's administrators (matched by email). */
export function administratorChange(before: Administrator[], after: Administrator[]) {
  const afterKeys = new Set(after.map(keyOf));
  const beforeKeys = new Set(before.map(keyOf));
  return {
    removed: before.filter((a) => !afterKeys.has(keyOf(a))).map((a) => a.name),
    added: after.filter((a) => !beforeKeys.has(keyOf(a))).map((a) => a.name),
  };
}

/**
 * An approved administrator change opens one "rotate password / unbind devices" task for the
 * account's unit when somebody stopped being an administrator: their access must end (离岗收回).
 * Adding administrators alone opens none. Pure: the caller writes the tasks, preferably in the same
 * transaction as the approved change (`AccountChange.credentialTasks`).
 */
export function openCredentialTasksForAdminChange(
  account: Account,
  beforeAdmins: Administrator[],
  afterAdmins: Administrator[],
  at: string,
  options: { newId: () => string; dueDays: number },
): CredentialTask[] {
  const { removed, added } = administratorChange(beforeAdmins, afterAdmins);
  if (removed.length === 0) return [];
  return [
    {
      taskId: options.newId(),
      accountId: account.accountId,
      unitId: account.unitId,
      accountName: account.accountName,
      filingNumber: account.filingNumber,
      state: "open",
      reason: "admin_change",
      removedAdmins: removed,
      addedAdmins: added,
      openedAt: at,
      dueAt: new Date(Date.parse(at) + options.dueDays * DAY_MS).toISOString(),
    },
  ];
}
