import type { AuditActor } from "../shared/actors.js";
import { chainAudit, GENESIS_HASH } from "../shared/audit-chain.js";
import { yearInShanghai } from "../shared/time.js";
import type { Account } from "../register/account.js";
import { nextAccount } from "../register/account-chain.js";
import { diffFiling } from "../register/account-data-diff.js";
import { ACCOUNT_EVENTS, type AdministratorsChanged } from "../register/account-events.js";
import { formatFilingNumber } from "../register/filing-number.js";
import type { AccountChange } from "../register/ports.js";
import type { OutcomeEffect, ReviewOutcome } from "../review/kind.js";
import type { Filing } from "./filing.js";
import type { FilingDeps } from "./filing-deps.js";
import { heldKey, pendingKey } from "./filing-state.js";

/**
 * How review outcomes reach the register. An approved 开设 creates the account; an approved 变更 or
 * 注销 changes it; a rejected or withdrawn filing frees what it held (its platform account, or its
 * account's pending-change key). Returned and timed-out filings keep both for the resubmission.
 */
export function filingOutcomes(deps: Pick<FilingDeps, "accounts" | "effects" | "newId">) {
  const { accounts, effects, newId } = deps;

  async function accountOf(filing: Filing): Promise<Account> {
    const account = filing.accountId ? await accounts.getAccount(filing.accountId) : undefined;
    if (!account) throw new Error(`filing ${filing.filingId} has no account to apply to`);
    return account;
  }

  async function applyApproved(filing: Filing, actor: AuditActor, at: string): Promise<OutcomeEffect<Filing>> {
    const account = await accountOf(filing);
    const release = accounts.releaseClaim(pendingKey(account.accountId), filing.filingId);
    if (filing.kind === "cancel") {
      const change = nextAccount(account, { status: "cancelled", cancelledAt: at, statusReason: filing.reason }, actor, "account_cancelled", { filingId: filing.filingId, reason: filing.reason }, at);
      return { writes: [release, ...accounts.writeAccount(change)], events: [effects.event(ACCOUNT_EVENTS.left, { accountId: account.accountId })] };
    }
    const changes = diffFiling(account.data, filing.data);
    const patch: Partial<Account> = { data: filing.data, accountName: filing.data.accountName, ...(filing.transferToUnitId ? { unitId: filing.transferToUnitId } : {}) };
    const details = { filingId: filing.filingId, changes, ...(filing.transferToUnitId ? { fromUnitId: account.unitId, toUnitId: filing.transferToUnitId } : {}) };
    const change = nextAccount(account, patch, actor, "account_changed", details, at);
    // Whoever stopped being an administrator must lose the login: custody opens the rotate / unbind task.
    const administrators: AdministratorsChanged = { accountId: account.accountId, changeId: `${filing.filingId}-admins`, before: account.data.administrators, after: filing.data.administrators, at };
    return { writes: [release, ...accounts.writeAccount(change)], events: [effects.event(ACCOUNT_EVENTS.administratorsChanged, { ...administrators })] };
  }

  function openAccount(filing: Filing, filingNumber: string, actor: AuditActor, at: string): AccountChange {
    const accountId = newId();
    const audit = chainAudit(
      { entityId: accountId, seq: 1, at, actorId: actor.id, actorName: actor.name, action: "account_filed", details: { filingId: filing.filingId, filingNumber } },
      GENESIS_HASH,
    );
    const account: Account = {
      accountId,
      filingNumber,
      filingId: filing.filingId,
      unitId: filing.unitId,
      platform: filing.platform,
      platformKey: filing.platformKey,
      accountName: filing.data.accountName,
      status: "filed",
      data: filing.data,
      filedAt: at,
      updatedAt: at,
      auditSeq: 1,
      auditHead: audit.hash,
    };
    return { account, audit };
  }

  return async function ofOutcome(filing: Filing, outcome: ReviewOutcome, actor: AuditActor, at: string): Promise<OutcomeEffect<Filing>> {
    if (outcome === "rejected" || outcome === "withdrawn") return { writes: [accounts.releaseClaim(heldKey(filing), filing.filingId)] };
    if (outcome !== "approved") return {};
    if (filing.kind !== "open") return applyApproved(filing, actor, at);
    const year = yearInShanghai(at);
    const filingNumber = formatFilingNumber(year, filing.platform, await accounts.nextFilingSequence(year));
    const change = openAccount(filing, filingNumber, actor, at);
    return {
      patch: { filingNumber, accountId: change.account.accountId },
      auditDetails: { filingNumber },
      writes: [...accounts.writeAccount(change), accounts.bindClaim(filing.platformKey, filing.filingId, change.account.accountId)],
      events: [effects.event(ACCOUNT_EVENTS.entered, { accountId: change.account.accountId })],
    };
  };
}
