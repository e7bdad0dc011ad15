import type { Account } from "../account.js";
import { chainAudit, GENESIS_HASH } from "../audit-chain.js";
import type { Filing, FilingStatus } from "../filing.js";
import { formatFilingNumber } from "../filing-number.js";
import type { AccountChange, Deps, FilingChange } from "../ports.js";
import { yearInShanghai } from "../time.js";
import { diffFiling } from "../filing-diff.js";
import { pendingKey } from "./account-filing-service.js";
import { openCredentialTasksForAdminChange } from "./credential-tasks.js";
import { custodyService } from "./custody-service.js";
import { UPKEEP_DEFAULTS } from "./upkeep-deps.js";
import type { AuditActor } from "./audit-append.js";

/** What a review decision does beyond the filing itself, written in the decision's transaction. */
export interface RegisterEffect {
  filingPatch: Partial<Filing>;
  auditDetails: Record<string, unknown>;
  change: Pick<FilingChange, "accountChange" | "releasePlatformKey" | "bindClaimToAccount">;
  /** Mail that follows the committed decision (e.g. rotate-password tasks to the unit). */
  afterCommit?: () => Promise<void>;
}

const NONE: RegisterEffect = { filingPatch: {}, auditDetails: {}, change: {} };

/**
 * How decisions reach the register. An approved 开设 creates the account; an approved 变更 or 注销
 * changes it; a rejected filing frees what it held (its platform account, or its account's
 * pending-change key). Returned filings keep both for the resubmission.
 */
export function registerEffectsOf(deps: Deps) {
  const { store, newId, config } = deps;
  const custody = custodyService(deps);

  async function accountOf(filing: Filing): Promise<Account> {
    const account = filing.accountId ? await store.getAccount(filing.accountId) : undefined;
    if (!account) throw new Error(`filing ${filing.filingId} has no account to apply to`);
    return account;
  }

  /** The account's next state and chain record, conditioned on the state it was read in. */
  function nextAccount(account: Account, patch: Partial<Account>, actor: AuditActor, action: string, details: Record<string, unknown>, at: string): AccountChange {
    const audit = chainAudit(
      { entityId: account.accountId, seq: account.auditSeq + 1, at, actorId: actor.id, actorName: actor.name, action, details },
      account.auditHead,
    );
    return {
      account: { ...account, ...patch, updatedAt: at, auditSeq: audit.seq, auditHead: audit.hash },
      expectedAuditSeq: account.auditSeq,
      expectedStatus: account.status,
      audit,
    };
  }

  async function applyApproved(filing: Filing, actor: AuditActor, at: string): Promise<RegisterEffect> {
    const account = await accountOf(filing);
    const release = { releasePlatformKey: pendingKey(account.accountId) };
    if (filing.kind === "cancel") {
      const accountChange = nextAccount(account, { status: "cancelled", cancelledAt: at, statusReason: filing.reason }, actor, "account_cancelled", { filingId: filing.filingId, reason: filing.reason }, at);
      return { ...NONE, change: { ...release, accountChange } };
    }
    const changes = diffFiling(account.data, filing.data);
    const patch: Partial<Account> = { data: filing.data, accountName: filing.data.accountName, ...(filing.transferToUnitId ? { unitId: filing.transferToUnitId } : {}) };
    const details = { filingId: filing.filingId, changes, ...(filing.transferToUnitId ? { fromUnitId: account.unitId, toUnitId: filing.transferToUnitId } : {}) };
    // An administrator who left must no longer hold the login: open rotate / unbind tasks in this transaction.
    const credentialTasks = openCredentialTasksForAdminChange({ ...account, ...patch }, account.data.administrators, filing.data.administrators, at, {
      newId,
      dueDays: config.credentialTaskDueDays ?? UPKEEP_DEFAULTS.credentialTaskDueDays,
    });
    const accountChange = { ...nextAccount(account, patch, actor, "account_changed", details, at), credentialTasks };
    return { ...NONE, change: { ...release, accountChange }, afterCommit: credentialTasks.length ? () => custody.notify(credentialTasks) : undefined };
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

  return {
    async ofDecision(filing: Filing, status: FilingStatus, actor: AuditActor, at: string): Promise<RegisterEffect> {
      const heldKey = filing.kind === "open" ? filing.platformKey : pendingKey(filing.accountId!);
      if (status === "rejected") return { ...NONE, change: { releasePlatformKey: heldKey } };
      if (status !== "filed") return NONE;
      if (filing.kind !== "open") return applyApproved(filing, actor, at);
      const year = yearInShanghai(at);
      const filingNumber = formatFilingNumber(year, filing.platform, await store.nextFilingSequence(year));
      const accountChange = openAccount(filing, filingNumber, actor, at);
      return {
        filingPatch: { filingNumber, accountId: accountChange.account.accountId },
        auditDetails: { filingNumber },
        change: { accountChange, bindClaimToAccount: { key: filing.platformKey, accountId: accountChange.account.accountId } },
      };
    },
  };
}
