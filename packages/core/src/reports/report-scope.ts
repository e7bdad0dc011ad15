import { operatorUnitIds } from "../directory/access.js";
import { hasRole, type Actor } from "../directory/people.js";
import type { DirectoryStore } from "../directory/ports.js";
import { fail } from "../shared/errors.js";

/**
 * Which units' figures a person sees: admins every unit (undefined), operators the units they act
 * for; reviewers none. A unit filter narrows that; another unit's filter is refused.
 */
export async function reportUnits(directory: Pick<DirectoryStore, "descendantUnitIds">, actor: Actor, unitId?: string, withSubUnits = true): Promise<string[] | undefined> {
  const admin = hasRole(actor, "admin");
  if (!admin && !hasRole(actor, "operator")) throw fail("ROLE_REQUIRED", "仅归口管理部门和主办单位可以查看统计报表");
  const scope = admin ? undefined : await operatorUnitIds(directory, actor);
  if (!unitId) return scope;
  const chosen = withSubUnits ? [unitId, ...(await directory.descendantUnitIds(unitId))] : [unitId];
  if (!scope) return chosen;
  const visible = chosen.filter((id) => scope.includes(id));
  if (visible.length === 0) throw fail("UNIT_OUT_OF_SCOPE", "无权查看该单位的统计");
  return visible;
}
