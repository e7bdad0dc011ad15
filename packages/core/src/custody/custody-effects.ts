import { hasRole } from "../directory/people.js";
import { ACCOUNT_EVENTS, type AdministratorsChanged } from "../register/account-events.js";
import { StoreConflict } from "../shared/ports.js";
import { openCredentialTasksForAdminChange } from "./credential-tasks.js";
import { CUSTODY_DEFAULTS, type CustodyDeps } from "./custody-deps.js";
import { credentialTaskMail } from "./custody-mails.js";

/** What custody carries out after other capabilities' writes. */
export function registerCustodyEffects(deps: CustodyDeps) {
  const { custody, accounts, directory, tx, effects, config } = deps;
  const dueDays = config.credentialTaskDueDays ?? CUSTODY_DEFAULTS.credentialTaskDueDays;

  /** An approved administrator change: open its rotate/unbind task and tell the unit, once. */
  effects.on(ACCOUNT_EVENTS.administratorsChanged, async (payload) => {
    const change = payload as unknown as AdministratorsChanged;
    const account = await accounts.getAccount(change.accountId);
    if (!account) return;
    const tasks = openCredentialTasksForAdminChange(account, change.before, change.after, change.at, { newId: () => change.changeId, dueDays });
    if (tasks.length === 0) return;
    const operators = (await directory.listPeopleByUnit(account.unitId)).filter((p) => hasRole(p, "operator"));
    const mails = tasks.flatMap((task) => operators.map((p) => effects.mail(credentialTaskMail(p.email, p.name, task, config.baseUrl))));
    try {
      await tx.commit([...tasks.map((t) => custody.openCredentialTask(t)), ...mails.map((m) => effects.record(m))]);
    } catch (error) {
      // Opened by an earlier attempt of this handler: its mails were recorded with it.
      if (error instanceof StoreConflict) return;
      throw error;
    }
    await effects.run(mails);
  });
}
