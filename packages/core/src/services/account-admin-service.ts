import type { Account, AccountStatus } from "../account.js";
import { chainAudit } from "../audit-chain.js";
import { conflict, notFound } from "../errors.js";
import type { Actor } from "../people.js";
import { StoreConflict, type Deps } from "../ports.js";
import { parseOrThrow } from "../validation.js";
import { cancelInputSchema } from "../filing.js";
import { requireRole } from "./access.js";

const REASON_LABELS = { reason: "原因" };

/** 停用 / 恢复: the registry office suspends an account (e.g. failed inspection) and restores it, with a reason, audited. */
export function accountAdminService(deps: Pick<Deps, "store" | "clock">) {
  const { store, clock } = deps;

  async function transition(actor: Actor, accountId: string, body: unknown, from: AccountStatus, to: AccountStatus, action: string): Promise<Account> {
    requireRole(actor, "admin");
    const { reason } = parseOrThrow(cancelInputSchema, body, REASON_LABELS);
    const account = await store.getAccount(accountId);
    if (!account) throw notFound("ACCOUNT_NOT_FOUND", "账号不存在");
    if (account.status !== from) {
      throw conflict("ACCOUNT_STATUS", to === "suspended" ? "只有已备案的账号可以停用" : "只有已停用的账号可以恢复");
    }
    const at = clock.now().toISOString();
    const audit = chainAudit(
      { entityId: accountId, seq: account.auditSeq + 1, at, actorId: actor.personId, actorName: actor.name, action, details: { reason } },
      account.auditHead,
    );
    const next: Account = { ...account, status: to, statusReason: reason, updatedAt: at, auditSeq: audit.seq, auditHead: audit.hash };
    try {
      await store.commitAccountChange({ account: next, expectedAuditSeq: account.auditSeq, expectedStatus: from, audit });
    } catch (error) {
      if (error instanceof StoreConflict) throw conflict("CONCURRENT_UPDATE", "该账号刚被其他操作修改，请刷新后重试");
      throw error;
    }
    return next;
  }

  return {
    suspend: (actor: Actor, accountId: string, body: unknown) => transition(actor, accountId, body, "filed", "suspended", "account_suspended"),
    restore: (actor: Actor, accountId: string, body: unknown) => transition(actor, accountId, body, "suspended", "filed", "account_restored"),
  };
}
