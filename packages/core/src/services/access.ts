import { forbidden, notFound } from "../errors.js";
import type { Filing } from "../filing.js";
import { hasRole, type Actor } from "../people.js";

export function requireRole(actor: Actor, role: "operator" | "admin"): void {
  if (!hasRole(actor, role)) {
    throw forbidden("ROLE_REQUIRED", role === "operator" ? "仅主办单位信息员可以提交备案" : "仅归口管理部门可以执行此操作");
  }
}

/** Admins see every filing; operators only their own unit's. Others' filings look absent, not forbidden. */
export function assertCanSee(actor: Actor, filing: Filing | undefined): Filing {
  const visible = filing && (hasRole(actor, "admin") || (hasRole(actor, "operator") && filing.unitId === actor.unitId));
  if (!visible) throw notFound("FILING_NOT_FOUND", "备案申请不存在或无权查看");
  return filing;
}
