import { hasRole, type Actor } from "../directory/people.js";
import { nextAccount } from "../register/account-chain.js";
import type { Account, CredentialCustody } from "../register/account.js";
import { fail, fieldError } from "../shared/errors.js";
import { StoreConflict } from "../shared/ports.js";
import { contractFlag } from "./contract-watch.js";
import type { CustodyDeps } from "./custody-deps.js";
import { isOverdue, type CredentialTask } from "./credential-task.js";
import { assertNotFuture, completeCredentialTaskSchema, custodyInputSchema, parseWithoutSecrets } from "./custody-input.js";
import { shanghaiDate } from "../shared/time.js";

const isAdmin = (actor: Actor) => hasRole(actor, "admin");
const isUnitOperator = (actor: Actor, unitId: string) => hasRole(actor, "operator") && actor.unitId === unitId;

/**
 * Credential custody of register accounts: who holds the login, on which devices, when the
 * password last changed (never the password), and the rotate/unbind tasks an administrator change
 * opens. Changes are audited on the account's own chain.
 */
export function custodyService(deps: CustodyDeps) {
  const { custody, accounts, tx, clock } = deps;

  /** Admins see every account; a unit's operators their own unit's. Others' accounts look absent. */
  async function visibleAccount(actor: Actor, accountId: string): Promise<Account> {
    const account = await accounts.getAccount(accountId);
    if (!account || !(isAdmin(actor) || isUnitOperator(actor, account.unitId))) throw fail("ACCOUNT_NOT_FOUND");
    return account;
  }

  const withOverdue = (tasks: CredentialTask[], now: Date) => tasks.map((t) => ({ ...t, overdue: isOverdue(t, now) }));

  return {
    /** The custody panel of an account page: custody, its tasks (overdue flagged) and the contract flag. */
    async view(actor: Actor, accountId: string) {
      const account = await visibleAccount(actor, accountId);
      const now = clock.now();
      const tasks = withOverdue(await custody.listCredentialTasksOfAccount(accountId), now);
      return { accountId, custody: account.custody ?? null, tasks, overdueTasks: tasks.filter((t) => t.overdue).length, contract: contractFlag(account, now) ?? null };
    },

    async update(actor: Actor, accountId: string, body: unknown): Promise<CredentialCustody> {
      const account = await visibleAccount(actor, accountId);
      if (account.status === "cancelled") throw fail("ACCOUNT_CANCELLED", "账号已注销，无需登记保管信息");
      const input = parseWithoutSecrets(custodyInputSchema, body);
      const now = clock.now();
      assertNotFuture(input.lastPasswordChangeAt, "lastPasswordChangeAt", now);
      const at = now.toISOString();
      const next: CredentialCustody = { ...input, updatedAt: at, updatedBy: actor.name };
      const details = { holders: input.holders.map((h) => h.name), devices: input.holders.reduce((n, h) => n + h.devices.length, 0), lastPasswordChangeAt: input.lastPasswordChangeAt };
      try {
        await tx.commit(accounts.writeAccount(nextAccount(account, { custody: next }, { id: actor.personId, name: actor.name }, "custody_updated", details, at)));
      } catch (error) {
        if (error instanceof StoreConflict) throw fail("CONCURRENT_UPDATE", "该账号刚被其他操作修改，请刷新后重试");
        throw error;
      }
      return next;
    },

    /** Admins: every open task (or only overdue ones); operators: their unit's tasks. */
    async listTasks(actor: Actor, options: { overdue?: boolean } = {}) {
      const now = clock.now();
      let tasks: CredentialTask[];
      if (isAdmin(actor)) tasks = await custody.listOpenCredentialTasks(options.overdue ? now.toISOString() : undefined);
      else if (hasRole(actor, "operator")) tasks = (await custody.listCredentialTasksOfUnit(actor.unitId)).filter((t) => !options.overdue || isOverdue(t, now));
      else throw fail("ROLE_REQUIRED", "无权查看账号安全任务");
      return withOverdue(tasks, now);
    },

    /** The unit's operator reports the password changed and devices unbound; the rotation date goes to custody. */
    async completeTask(actor: Actor, taskId: string, body: unknown) {
      const task = await custody.getCredentialTask(taskId);
      if (!task || !(isAdmin(actor) || isUnitOperator(actor, task.unitId))) throw fail("CREDENTIAL_TASK_NOT_FOUND");
      if (task.state !== "open") throw fail("CREDENTIAL_TASK_CLOSED");
      const input = parseWithoutSecrets(completeCredentialTaskSchema, body);
      const now = clock.now();
      assertNotFuture(input.rotatedOn, "rotatedOn", now);
      if (input.rotatedOn < shanghaiDate(new Date(task.openedAt))) throw fieldError("rotatedOn", "BEFORE_CHANGE", "更换密码日期不能早于管理人员变更通过之日");
      const account = await accounts.getAccount(task.accountId);
      if (!account) throw fail("ACCOUNT_NOT_FOUND");
      const at = now.toISOString();
      const previous = account.custody;
      const lastPasswordChangeAt = previous?.lastPasswordChangeAt && previous.lastPasswordChangeAt > input.rotatedOn ? previous.lastPasswordChangeAt : input.rotatedOn;
      const next: CredentialCustody = { holders: previous?.holders ?? [], ...previous, lastPasswordChangeAt, updatedAt: at, updatedBy: actor.name };
      const details = { taskId, rotatedOn: input.rotatedOn, removedAdmins: task.removedAdmins, note: input.note };
      const change = nextAccount(account, { custody: next }, { id: actor.personId, name: actor.name }, "credential_task_completed", details, at);
      const done: CredentialTask = { ...task, state: "done", completedAt: at, completedBy: actor.name, rotatedOn: input.rotatedOn };
      try {
        await tx.commit([custody.closeCredentialTask(done), ...accounts.writeAccount(change)]);
      } catch (error) {
        if (error instanceof StoreConflict) throw fail("CONCURRENT_UPDATE", "该任务或账号刚被其他操作修改，请刷新后重试");
        throw error;
      }
      return { task: done, custody: next };
    },
  };
}

export type CustodyService = ReturnType<typeof custodyService>;
