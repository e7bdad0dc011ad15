import type { Account } from "../account.js";
import { chainAudit, type AuditRecord } from "../audit-chain.js";
import { contractFlag } from "../contract-watch.js";
import {
  assertNotFuture,
  completeCredentialTaskSchema,
  custodyInputSchema,
  isOverdue,
  parseWithoutSecrets,
  shanghaiDate,
  type CredentialCustody,
  type CredentialTask,
} from "../custody.js";
import { conflict, forbidden, notFound, validationError } from "../errors.js";
import { hasRole, type Actor } from "../people.js";
import { StoreConflict, type Deps } from "../ports.js";
import { openCredentialTasksForAdminChange } from "./credential-tasks.js";
import { credentialTaskMail } from "./upkeep-emails.js";
import { upkeepConfig, upkeepStore } from "./upkeep-deps.js";

const isAdmin = (actor: Actor) => hasRole(actor, "admin");
const isUnitOperator = (actor: Actor, unitId: string) => hasRole(actor, "operator") && actor.unitId === unitId;

function appendAccountAudit(account: Account, actor: Actor, action: string, details: Record<string, unknown>, at: string): { account: Account; audit: AuditRecord } {
  const audit = chainAudit(
    { entityId: account.accountId, seq: account.auditSeq + 1, at, actorId: actor.personId, actorName: actor.name, action, details },
    account.auditHead,
  );
  return { audit, account: { ...account, auditSeq: audit.seq, auditHead: audit.hash, updatedAt: at } };
}

/**
 * Credential custody of register accounts: who holds the login, on which devices, when the
 * password last changed (never the password), and the rotate/unbind tasks an administrator change
 * opens. Changes are audited on the account's own chain.
 */
export function custodyService(deps: Deps) {
  const { store, clock, config, newId, mailer, log } = deps;
  const { credentialTaskDueDays } = upkeepConfig(config);

  /** Admins see every account; a unit's operators their own unit's. Others' accounts look absent. */
  async function visibleAccount(actor: Actor, accountId: string): Promise<Account> {
    const account = await store.getAccount(accountId);
    if (!account || !(isAdmin(actor) || isUnitOperator(actor, account.unitId))) throw notFound("ACCOUNT_NOT_FOUND", "账号不存在或无权查看");
    return account;
  }

  const withOverdue = (tasks: CredentialTask[], now: Date) => tasks.map((t) => ({ ...t, overdue: isOverdue(t, now) }));

  async function commitAccount(change: { account: Account; audit: AuditRecord }, expected: Account) {
    try {
      await store.commitAccountChange({ ...change, expectedAuditSeq: expected.auditSeq, expectedStatus: expected.status });
    } catch (error) {
      if (error instanceof StoreConflict) throw conflict("CONCURRENT_UPDATE", "该账号刚被其他操作修改，请刷新后重试");
      throw error;
    }
  }

  return {
    /** The custody panel of an account page: custody, its tasks (overdue flagged) and the contract flag. */
    async view(actor: Actor, accountId: string) {
      const account = await visibleAccount(actor, accountId);
      const now = clock.now();
      const tasks = withOverdue(await upkeepStore(deps).listCredentialTasksOfAccount(accountId), now);
      return {
        accountId,
        custody: account.custody ?? null,
        tasks,
        overdueTasks: tasks.filter((t) => t.overdue).length,
        contract: contractFlag(account, now) ?? null,
      };
    },

    async update(actor: Actor, accountId: string, body: unknown): Promise<CredentialCustody> {
      const account = await visibleAccount(actor, accountId);
      if (account.status === "cancelled") throw conflict("ACCOUNT_CANCELLED", "账号已注销，无需登记保管信息");
      const input = parseWithoutSecrets(custodyInputSchema, body);
      const now = clock.now();
      assertNotFuture(input.lastPasswordChangeAt, "lastPasswordChangeAt", now);
      const at = now.toISOString();
      const custody: CredentialCustody = { ...input, updatedAt: at, updatedBy: actor.name };
      const details = { holders: input.holders.map((h) => h.name), devices: input.holders.reduce((n, h) => n + h.devices.length, 0), lastPasswordChangeAt: input.lastPasswordChangeAt };
      await commitAccount(appendAccountAudit({ ...account, custody }, actor, "custody_updated", details, at), account);
      return custody;
    },

    /** Admins: every open task (or only overdue ones); operators: their unit's tasks. */
    async listTasks(actor: Actor, options: { overdue?: boolean } = {}) {
      const now = clock.now();
      const upkeep = upkeepStore(deps);
      let tasks: CredentialTask[];
      if (isAdmin(actor)) tasks = await upkeep.listOpenCredentialTasks(options.overdue ? now.toISOString() : undefined);
      else if (hasRole(actor, "operator")) tasks = (await upkeep.listCredentialTasksOfUnit(actor.unitId)).filter((t) => !options.overdue || isOverdue(t, now));
      else throw forbidden("ROLE_REQUIRED", "无权查看账号安全任务");
      return withOverdue(tasks, now);
    },

    /** The unit's operator reports the password changed and devices unbound; the rotation date goes to custody. */
    async completeTask(actor: Actor, taskId: string, body: unknown) {
      const upkeep = upkeepStore(deps);
      const task = await upkeep.getCredentialTask(taskId);
      if (!task || !(isAdmin(actor) || isUnitOperator(actor, task.unitId))) throw notFound("CREDENTIAL_TASK_NOT_FOUND", "任务不存在或无权查看");
      if (task.state !== "open") throw conflict("CREDENTIAL_TASK_CLOSED", "该任务已完成，无需重复登记");
      const input = parseWithoutSecrets(completeCredentialTaskSchema, body);
      const now = clock.now();
      assertNotFuture(input.rotatedOn, "rotatedOn", now);
      if (input.rotatedOn < shanghaiDate(new Date(task.openedAt))) {
        throw validationError([{ field: "rotatedOn", code: "BEFORE_CHANGE", message: "更换密码日期不能早于管理人员变更通过之日" }]);
      }
      const account = await store.getAccount(task.accountId);
      if (!account) throw notFound("ACCOUNT_NOT_FOUND", "账号不存在");
      const at = now.toISOString();
      const previous = account.custody;
      const lastPasswordChangeAt = previous?.lastPasswordChangeAt && previous.lastPasswordChangeAt > input.rotatedOn ? previous.lastPasswordChangeAt : input.rotatedOn;
      const custody: CredentialCustody = { holders: previous?.holders ?? [], ...previous, lastPasswordChangeAt, updatedAt: at, updatedBy: actor.name };
      const change = appendAccountAudit({ ...account, custody }, actor, "credential_task_completed", { taskId, rotatedOn: input.rotatedOn, removedAdmins: task.removedAdmins, note: input.note }, at);
      const done: CredentialTask = { ...task, state: "done", completedAt: at, completedBy: actor.name, rotatedOn: input.rotatedOn };
      try {
        await upkeep.completeCredentialTask(done, { ...change, expectedAuditSeq: account.auditSeq });
      } catch (error) {
        if (error instanceof StoreConflict) throw conflict("CONCURRENT_UPDATE", "该任务或账号刚被其他操作修改，请刷新后重试");
        throw error;
      }
      return { task: done, custody };
    },

    /**
     * For the approval of a change filing: the tasks an administrator change opens, to be written in
     * the approval's transaction as `accountChange.credentialTasks`, then announced with `notify`.
     */
    tasksForAdminChange(account: Account, beforeAdmins: Account["data"]["administrators"], afterAdmins: Account["data"]["administrators"], at: string) {
      return openCredentialTasksForAdminChange(account, beforeAdmins, afterAdmins, at, { newId, dueDays: credentialTaskDueDays });
    },

    /** Tells the unit's operators about newly opened tasks (after they were written). */
    async notify(tasks: CredentialTask[]): Promise<void> {
      for (const task of tasks) {
        const operators = (await store.listPeopleByUnit(task.unitId)).filter((p) => hasRole(p, "operator"));
        for (const person of operators) {
          await mailer.send(credentialTaskMail(person.email, person.name, task, config.baseUrl)).catch((error) => {
            log.error("credential task mail not sent", { taskId: task.taskId, person: person.personId, error: String(error) });
          });
        }
      }
    },
  };
}

export type CustodyService = ReturnType<typeof custodyService>;
