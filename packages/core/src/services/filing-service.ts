import { verifyAuditChain, GENESIS_HASH } from "../audit-chain.js";
import { conflict, DomainError, forbidden } from "../errors.js";
import { FILING_FIELD_LABELS, filingInputSchema, type Filing, type FilingInput } from "../filing.js";
import { diffFiling } from "../filing-diff.js";
import { hasRole, type Actor } from "../people.js";
import { normalizePlatformAccountId } from "../platforms.js";
import type { Deps, FilingChange } from "../ports.js";
import { parseOrThrow } from "../validation.js";
import { assertCanSee, operatorUnitIds, requireRole } from "./access.js";
import { appendAudit } from "./audit-append.js";
import { accountFilingService } from "./account-filing-service.js";
import { filingWrites } from "./filing-writes.js";
import { registerStoreOf } from "./register-scope.js";

const platformKeyOf = (input: FilingInput) => `${input.platform}:${normalizePlatformAccountId(input.platformAccountId)}`;

const duplicateAccount = () => conflict("DUPLICATE_PLATFORM_ACCOUNT", "该平台账号已备案或正在备案中，不能重复提交");

/** Filing (备案) requests by unit operators: submit, resubmit after return, read with history. */
export function filingService(deps: Deps) {
  const { store, clock, newId } = deps;

  /**
   * 国办发〔2018〕123号: one account per platform per unit unless a reason is given. Counts the unit's
   * live accounts on the platform in the register (imported ones too) and its open filings under way.
   */
  async function assertOnePerPlatform(unitId: string, input: FilingInput, exceptFilingId?: string) {
    if (input.justification) return;
    const filings = await store.listUnitFilingsOnPlatform(unitId, input.platform);
    const underWay = filings.some((f) => f.kind === "open" && f.filingId !== exceptFilingId && (f.status === "in_review" || f.status === "returned"));
    const { accounts } = await registerStoreOf(deps).listAccounts({ unitIds: [unitId], platform: input.platform, limit: 10 });
    if (underWay || accounts.some((a) => a.status !== "cancelled")) {
      throw conflict("JUSTIFICATION_REQUIRED", "本单位在该平台已有账号（或正在备案），如确需再开设，请在“同平台多账号理由”中说明");
    }
  }

  /** 主办单位 names for display; a list spans few units, so one read per distinct unit. */
  async function withUnitNames(filings: Filing[]) {
    const ids = [...new Set(filings.map((f) => f.unitId))];
    const names = new Map(await Promise.all(ids.map(async (id) => [id, (await store.getUnit(id))?.name ?? id] as const)));
    return filings.map((f) => ({ ...f, unitName: names.get(f.unitId)! }));
  }

  const writes = filingWrites(deps);
  const accountFilings = accountFilingService(deps);

  /**
   * Takes the platform account. If it is held by an account that was cancelled, a new open filing
   * may take it over (re-opening); otherwise it is a duplicate.
   */
  async function commitOpen(change: FilingChange) {
    try {
      await writes.commit({ ...change, claimPlatformKey: change.filing.platformKey }, { claim: duplicateAccount });
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== "DUPLICATE_PLATFORM_ACCOUNT") throw error;
      const claim = await store.getClaim(change.filing.platformKey);
      const holder = claim?.accountId ? await store.getAccount(claim.accountId) : undefined;
      if (!claim || holder?.status !== "cancelled") throw error;
      await writes.commit({ ...change, takeOverClaim: { key: claim.key, fromFilingId: claim.filingId } }, { claim: duplicateAccount });
    }
  }

  return {
    async submit(actor: Actor, body: unknown): Promise<Filing> {
      requireRole(actor, "operator");
      const input = parseOrThrow(filingInputSchema, body, FILING_FIELD_LABELS);
      await assertOnePerPlatform(actor.unitId, input);
      const now = clock.now().toISOString();
      const draft: Filing = {
        filingId: newId(),
        kind: "open",
        unitId: actor.unitId,
        submittedBy: actor.personId,
        round: 1,
        status: "in_review",
        stage: "first",
        data: input,
        platform: input.platform,
        platformKey: platformKeyOf(input),
        auditSeq: 0,
        auditHead: GENESIS_HASH,
        createdAt: now,
        updatedAt: now,
      };
      const { filing, audit } = appendAudit(draft, { id: actor.personId, name: actor.name }, "filing_submitted", { round: 1 }, now);
      await commitOpen({ filing, audit });
      await writes.startReview(filing);
      return filing;
    },

    /** A returned filing, edited, goes through a new round of all three stages. */
    async resubmit(actor: Actor, filingId: string, body: unknown): Promise<Filing> {
      requireRole(actor, "operator");
      const current = await assertCanSee(store, actor, await store.getFiling(filingId));
      if (current.status !== "returned") throw conflict("NOT_RETURNED", "只有被退回修改的备案申请可以重新提交");
      if (current.kind !== "open") return accountFilings.resubmit(actor, current, body);
      const input = parseOrThrow(filingInputSchema, body, FILING_FIELD_LABELS);
      await assertOnePerPlatform(current.unitId, input, filingId);
      const now = clock.now().toISOString();
      const round = current.round + 1;
      const platformKey = platformKeyOf(input);
      const { filing, audit } = appendAudit(
        { ...current, round, status: "in_review", stage: "first", data: input, platform: input.platform, platformKey, lastDecision: undefined, lastComment: undefined },
        { id: actor.personId, name: actor.name },
        "filing_resubmitted",
        { round, changes: diffFiling(current.data, input) },
        now,
      );
      const keyChanged = platformKey !== current.platformKey;
      await writes.commit(
        {
          filing,
          audit,
          expectedAuditSeq: current.auditSeq,
          expectedStatus: "returned",
          ...(keyChanged ? { claimPlatformKey: platformKey, releasePlatformKey: current.platformKey } : {}),
        },
        { claim: duplicateAccount },
      );
      await writes.startReview(filing);
      return filing;
    },

    async list(actor: Actor): Promise<(Filing & { unitName: string })[]> {
      if (hasRole(actor, "admin")) return withUnitNames(await store.listAllFilings());
      if (hasRole(actor, "operator")) {
        const perUnit = await Promise.all((await operatorUnitIds(store, actor)).map((unitId) => store.listFilingsByUnit(unitId)));
        return withUnitNames(perUnit.flat().sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
      }
      throw forbidden("ROLE_REQUIRED", "无权查看备案列表");
    },

    async get(actor: Actor, filingId: string) {
      const [filing] = await withUnitNames([await assertCanSee(store, actor, await store.getFiling(filingId))]);
      const [history, tasks] = await Promise.all([store.listAudit(filingId), store.listTasks(filingId)]);
      return {
        filing,
        history,
        tasks: tasks.map((t) => ({
          round: t.round,
          stage: t.stage,
          status: t.status,
          reviewerName: t.reviewerName,
          decision: t.decision,
          decidedAt: t.decidedAt,
        })),
      };
    },

    async verifyAudit(actor: Actor, filingId: string) {
      const filing = await assertCanSee(store, actor, await store.getFiling(filingId));
      return verifyAuditChain(await store.listAudit(filingId), filing.auditHead);
    },
  };
}

export type FilingService = ReturnType<typeof filingService>;
