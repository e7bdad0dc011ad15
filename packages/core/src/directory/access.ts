import { fail } from "../shared/errors.js";
import { hasRole, type Actor } from "./people.js";
import type { DirectoryStore } from "./ports.js";

const ROLE_MESSAGES = { operator: "仅主办单位信息员可以执行此操作", admin: "仅归口管理部门可以执行此操作", reviewer: "仅审核人员可以执行此操作" } as const;

export function requireRole(actor: Actor, role: keyof typeof ROLE_MESSAGES, message: string = ROLE_MESSAGES[role]): void {
  if (!hasRole(actor, role)) throw fail("ROLE_REQUIRED", message);
}

/** The units an operator acts for: their own, and its sub-units when the directory allows it. */
export async function operatorUnitIds(directory: Pick<DirectoryStore, "descendantUnitIds">, actor: Actor): Promise<string[]> {
  if (!hasRole(actor, "operator")) return [];
  return actor.canActForSubUnits ? [actor.unitId, ...(await directory.descendantUnitIds(actor.unitId))] : [actor.unitId];
}

/** Whether the actor sees items of this unit: admins all, operators the units they act for. */
export async function seesUnit(directory: Pick<DirectoryStore, "descendantUnitIds">, actor: Actor, unitId: string): Promise<boolean> {
  return hasRole(actor, "admin") || (await operatorUnitIds(directory, actor)).includes(unitId);
}
