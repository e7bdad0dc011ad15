import { forbidden, notFound } from "../errors.js";
import type { Filing } from "../filing.js";
import { hasRole, type Actor } from "../people.js";
import type { Store } from "../ports.js";

export function requireRole(actor: Actor, role: "operator" | "admin"): void {
  if (!hasRole(actor, role)) {
    throw forbidden("ROLE_REQUIRED", role === "operator" ? "仅主办单位信息员可以提交备案" : "仅归口管理部门可以执行此操作");
  }
}

/** The units an operator acts for: their own, and its sub-units when the directory allows it. */
export async function operatorUnitIds(store: Pick<Store, "descendantUnitIds">, actor: Actor): Promise<string[]> {
  if (!hasRole(actor, "operator")) return [];
  return actor.canActForSubUnits ? [actor.unitId, ...(await store.descendantUnitIds(actor.unitId))] : [actor.unitId];
}

/** Admins see every filing; operators those of the units they act for. Others' filings look absent, not forbidden. */
export async function assertCanSee(store: Pick<Store, "descendantUnitIds">, actor: Actor, filing: Filing | undefined): Promise<Filing> {
  const visible = filing && (hasRole(actor, "admin") || (await operatorUnitIds(store, actor)).includes(filing.unitId));
  if (!visible) throw notFound("FILING_NOT_FOUND", "备案申请不存在或无权查看");
  return filing;
}
