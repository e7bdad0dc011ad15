import { requireRole } from "../directory/access.js";
import { StoreConflict } from "../shared/ports.js";
import { hasRole, type Actor } from "../directory/people.js";
import { addDays, CONTRACT_WARN_DAYS, contractFlag } from "./contract-watch.js";
import type { CustodyDeps } from "./custody-deps.js";
import { contractNoticeMail } from "./custody-mails.js";
import { shanghaiDate } from "../shared/time.js";

/**
 * 委托运营 contract ends: a warning from 30 days before the end, a flag once ended. Read through the
 * register's contract-end index (outsourced, not cancelled accounts only), never a Scan.
 */
export function contractService(deps: Pick<CustodyDeps, "custody" | "directory" | "tx" | "effects" | "clock" | "config">) {
  const { custody, directory, tx, effects, clock, config } = deps;

  async function expiring() {
    const now = clock.now();
    const accounts = await custody.listContractsEndingBy(addDays(shanghaiDate(now), CONTRACT_WARN_DAYS));
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
      const units = new Map((await directory.getUnits([...new Set(items.map((i) => i.account.unitId))])).map((u) => [u.unitId, u.name]));
      return items.map(({ account, flag }) => ({
        accountId: account.accountId,
        accountName: account.accountName,
        filingNumber: account.filingNumber,
        platform: account.platform,
        status: account.status,
        unitId: account.unitId,
        unitName: units.get(account.unitId) ?? account.unitId,
        ...flag,
      }));
    },

    /**
     * Mails the unit's operators once when the contract enters its last 30 days and once when it has
     * ended; a changed end date (a change filing) is a new contract and warns again.
     */
    async sweep(): Promise<{ notified: number }> {
      const at = clock.now().toISOString();
      let notified = 0;
      for (const { account, flag } of await expiring()) {
        if (flag.state === "active") continue;
        const operators = (await directory.listPeopleByUnit(account.unitId)).filter((p) => hasRole(p, "operator"));
        const mails = operators.map((person) => effects.mail(contractNoticeMail(person.email, person.name, account, flag, config.baseUrl)));
        try {
          // The notice and its mails are one write: noticed once, mailed for sure.
          await tx.commit([custody.noticeOnce(`contract-${flag.state}#${account.accountId}#${flag.contractEndDate}`, at), ...mails.map((m) => effects.record(m))]);
        } catch (error) {
          if (error instanceof StoreConflict) continue;
          throw error;
        }
        await effects.run(mails);
        notified++;
      }
      return { notified };
    },
  };
}

export type ContractService = ReturnType<typeof contractService>;
