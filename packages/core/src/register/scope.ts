import { operatorUnitIds } from "../directory/access.js";
import { hasRole, type Actor } from "../directory/people.js";
import type { DirectoryStore } from "../directory/ports.js";
import { fail } from "../shared/errors.js";
import type { Account } from "./account.js";

/**
 * Which units' accounts a person sees in the register: admins all (undefined), operators their own
 * unit and, when allowed to act for them, its sub-units; nobody else any.
 */
export function registerScope(directory: Pick<DirectoryStore, "descendantUnitIds">) {
  async function unitsOf(actor: Actor): Promise<string[] | undefined> {
    if (hasRole(actor, "admin")) return undefined;
    if (!hasRole(actor, "operator")) throw fail("ROLE_REQUIRED", "无权查看备案登记");
    return operatorUnitIds(directory, actor);
  }

  return {
    unitsOf,

    /** The units a list shows: the chosen unit (and by default its sub-units) narrowed to the caller's scope. */
    async unitsFor(actor: Actor, unitId: string | undefined, withSubUnits: boolean): Promise<string[] | undefined> {
      const scope = await unitsOf(actor);
      if (!unitId) return scope;
      const chosen = withSubUnits ? [unitId, ...(await directory.descendantUnitIds(unitId))] : [unitId];
      if (!scope) return chosen;
      const allowed = new Set(scope);
      const visible = chosen.filter((id) => allowed.has(id));
      if (visible.length === 0) throw fail("UNIT_OUT_OF_SCOPE");
      return visible;
    },

    /** Accounts outside the caller's scope look absent, not forbidden. */
    async assertCanSee(actor: Actor, account: Account | undefined): Promise<Account> {
      const scope = account ? await unitsOf(actor) : [];
      if (!account || (scope && !scope.includes(account.unitId))) throw fail("ACCOUNT_NOT_FOUND");
      return account;
    },
  };
}
