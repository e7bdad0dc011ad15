import { addDays, CONTRACT_WARN_DAYS, contractFlag } from "../contract-watch.js";
import { shanghaiDate } from "../custody.js";
import { hasRole, type Actor } from "../people.js";
import type { Deps } from "../ports.js";
import { requireRole } from "./access.js";
import { contractNoticeMail } from "./upkeep-emails.js";
import { upkeepStore } from "./upkeep-deps.js";

/**
 * 委托运营 contract ends: a warning from 30 days before the end, a flag once ended. Read through the
 * register's contract-end index (outsourced, not cancelled accounts only), never a Scan.
 */
export function contractService(deps: Deps) {
  const { store, clock, config, mailer, log } = deps;

  async function expiring() {
    const now = clock.now();
    const accounts = await upkeepStore(deps).listContractsEndingBy(addDays(shanghaiDate(now), CONTRACT_WARN_DAYS));
    return accounts.flatMap((account) => {
      const flag = contractFlag(account, now);
      return flag ? [{ account, flag }] : [];
    });
  }

  return {
    /** Admins: contracts ending within 30 days or already ended, soonest first. */
    async listExpiring(actor: Actor) {
      requireRole(actor, "admin");
      const items = await expiring();
      const unitNames = new Map<string, string>();
      for (const { account } of items) {
        if (!unitNames.has(account.unitId)) unitNames.set(account.unitId, (await store.getUnit(account.unitId))?.name ?? account.unitId);
      }
      return items.map(({ account, flag }) => ({
        accountId: account.accountId,
        accountName: account.accountName,
        filingNumber: account.filingNumber,
        platform: account.platform,
        status: account.status,
        unitId: account.unitId,
        unitName: unitNames.get(account.unitId)!,
        ...flag,
      }));
    },

    /**
     * Mails the unit's operators once when the contract enters its last 30 days and once when it has
     * ended; a changed end date (a change filing) is a new contract and warns again.
     */
    async sweep(): Promise<{ notified: number }> {
      const upkeep = upkeepStore(deps);
      const at = clock.now().toISOString();
      let notified = 0;
      for (const { account, flag } of await expiring()) {
        if (flag.state === "active") continue;
        if (!(await upkeep.claimNotice(`contract-${flag.state}#${account.accountId}#${flag.contractEndDate}`, at))) continue;
        const operators = (await store.listPeopleByUnit(account.unitId)).filter((p) => hasRole(p, "operator"));
        for (const person of operators) {
          await mailer.send(contractNoticeMail(person.email, person.name, account, flag, config.baseUrl)).catch((error) => {
            log.error("contract notice not sent", { accountId: account.accountId, person: person.personId, error: String(error) });
          });
        }
        notified++;
      }
      return { notified };
    },
  };
}

export type ContractService = ReturnType<typeof contractService>;
