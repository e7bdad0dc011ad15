import type { Account } from "../account.js";
import { chainAudit, GENESIS_HASH } from "../audit-chain.js";
import type { Filing, FilingStatus } from "../filing.js";
import { formatFilingNumber } from "../filing-number.js";
import type { AccountChange, Deps, FilingChange } from "../ports.js";
import { yearInShanghai } from "../time.js";
import type { AuditActor } from "./audit-append.js";

/** What a review decision does beyond the filing itself, written in the decision's transaction. */
export interface RegisterEffect {
  filingPatch: Partial<Filing>;
  auditDetails: Record<string, unknown>;
  change: Pick<FilingChange, "accountChange" | "releasePlatformKey" | "claimPlatformKey">;
}

const NONE: RegisterEffect = { filingPatch: {}, auditDetails: {}, change: {} };

/** How decisions reach the register: an approved open filing creates the account; a rejected one frees its platform account. */
export function registerEffectsOf(deps: Pick<Deps, "store" | "newId">) {
  const { store, newId } = deps;

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
      if (status === "rejected") return { ...NONE, change: { releasePlatformKey: filing.platformKey } };
      if (status !== "filed") return NONE;
      const year = yearInShanghai(at);
      const filingNumber = formatFilingNumber(year, filing.platform, await store.nextFilingSequence(year));
      return { filingPatch: { filingNumber }, auditDetails: { filingNumber }, change: { accountChange: openAccount(filing, filingNumber, actor, at) } };
    },
  };
}
