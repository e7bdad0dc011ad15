import type { Account } from "../account.js";
import { forbidden, notFound } from "../errors.js";
import { hasRole, type Actor } from "../people.js";
import type { Deps } from "../ports.js";
import type { RegisterStore } from "../register-store.js";
import { operatorUnitIds } from "./access.js";

export function registerStoreOf(deps: Pick<Deps, "register">): RegisterStore {
  if (!deps.register) throw new Error("the register store is not wired");
  return deps.register;
}

/**
 * Which units' accounts a person sees in the register: admins all (undefined), operators their own
 * unit and, when allowed to act for them, its sub-units; nobody else any.
 */
export function registerScope(deps: Pick<Deps, "store">) {
  const { store } = deps;

  async function unitsOf(actor: Actor): Promise<string[] | undefined> {
    if (hasRole(actor, "admin")) return undefined;
    if (!hasRole(actor, "operator")) throw forbidden("ROLE_REQUIRED", "无权查看备案登记");
    return operatorUnitIds(store, actor);
  }

  return {
    unitsOf,

    /** The units a list shows: the chosen unit (and by default its sub-units) narrowed to the caller's scope. */
    async unitsFor(actor: Actor, unitId: string | undefined, withSubUnits: boolean): Promise<string[] | undefined> {
      const scope = await unitsOf(actor);
      if (!unitId) return scope;
      const chosen = withSubUnits ? [unitId, ...(await store.descendantUnitIds(unitId))] : [unitId];
      if (!scope) return chosen;
      const allowed = new Set(scope);
      const visible = chosen.filter((id) => allowed.has(id));
      if (visible.length === 0) throw forbidden("UNIT_OUT_OF_SCOPE", "无权查看该单位的账号");
      return visible;
    },

    /** Accounts outside the caller's scope look absent, not forbidden. */
    async assertCanSee(actor: Actor, account: Account | undefined): Promise<Account> {
      const scope = account ? await unitsOf(actor) : [];
      if (!account || (scope && !scope.includes(account.unitId))) throw notFound("ACCOUNT_NOT_FOUND", "账号不存在或无权查看");
      return account;
    },
  };
}
