import { requireRole } from "../directory/access.js";
import type { Actor } from "../directory/people.js";
import { fail } from "../shared/errors.js";
import { StoreConflict } from "../shared/ports.js";
import { parseOrThrow } from "../shared/validation.js";
import { z } from "zod";
import type { Account, AccountStatus } from "./account.js";
import { nextAccount } from "./account-chain.js";
import type { RegisterDeps } from "./register-deps.js";

const reasonSchema = z.strictObject({ reason: z.string().trim().min(1).max(500) });
const REASON_LABELS = { reason: "原因" };

/** 停用 / 恢复: the registry office suspends an account (e.g. failed inspection) and restores it, with a reason, audited. */
export function accountAdminService(deps: Pick<RegisterDeps, "accounts" | "tx" | "clock">) {
  const { accounts, tx, clock } = deps;

  async function transition(actor: Actor, accountId: string, body: unknown, from: AccountStatus, to: AccountStatus, action: string): Promise<Account> {
    requireRole(actor, "admin");
    const { reason } = parseOrThrow(reasonSchema, body, REASON_LABELS);
    const account = await accounts.getAccount(accountId);
    if (!account) throw fail("ACCOUNT_NOT_FOUND");
    if (account.status !== from) throw fail("ACCOUNT_STATUS", to === "suspended" ? "只有已备案的账号可以停用" : "只有已停用的账号可以恢复");
    const change = nextAccount(account, { status: to, statusReason: reason }, { id: actor.personId, name: actor.name }, action, { reason }, clock.now().toISOString());
    try {
      await tx.commit(accounts.writeAccount(change));
    } catch (error) {
      if (error instanceof StoreConflict) throw fail("CONCURRENT_UPDATE", "该账号刚被其他操作修改，请刷新后重试");
      throw error;
    }
    return change.account;
  }

  return {
    suspend: (actor: Actor, accountId: string, body: unknown) => transition(actor, accountId, body, "filed", "suspended", "account_suspended"),
    restore: (actor: Actor, accountId: string, body: unknown) => transition(actor, accountId, body, "suspended", "filed", "account_restored"),
  };
}
