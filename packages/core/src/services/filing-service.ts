import { verifyAuditChain, GENESIS_HASH } from "../audit-chain.js";
import { conflict, forbidden } from "../errors.js";
import { FILING_FIELD_LABELS, filingInputSchema, reviewExecutionName, type Filing, type FilingInput } from "../filing.js";
import { diffFiling } from "../filing-diff.js";
import { hasRole, type Actor } from "../people.js";
import { normalizePlatformAccountId } from "../platforms.js";
import { StoreConflict, type Deps } from "../ports.js";
import { parseOrThrow } from "../validation.js";
import { assertCanSee, requireRole } from "./access.js";
import { appendAudit } from "./audit-append.js";

const platformKeyOf = (input: FilingInput) => `${input.platform}:${normalizePlatformAccountId(input.platformAccountId)}`;

const duplicateAccount = () => conflict("DUPLICATE_PLATFORM_ACCOUNT", "该平台账号已备案或正在备案中，不能重复提交");

/** Filing (备案) requests by unit operators: submit, resubmit after return, read with history. */
export function filingService(deps: Deps) {
  const { store, workflow, clock, newId } = deps;

  /** 国办发〔2018〕123号: one account per platform per unit unless a reason is given. */
  async function assertOnePerPlatform(unitId: string, input: FilingInput, exceptFilingId?: string) {
    if (input.justification) return;
    const others = await store.listUnitFilingsOnPlatform(unitId, input.platform);
    const clash = others.some((f) => f.filingId !== exceptFilingId && f.status !== "rejected");
    if (clash) {
      throw conflict("JUSTIFICATION_REQUIRED", "本单位在该平台已有账号（或正在备案），如确需再开设，请在“同平台多账号理由”中说明");
    }
  }

  /** 主办单位 names for display; a list spans few units, so one read per distinct unit. */
  async function withUnitNames(filings: Filing[]) {
    const ids = [...new Set(filings.map((f) => f.unitId))];
    const names = new Map(await Promise.all(ids.map(async (id) => [id, (await store.getUnit(id))?.name ?? id] as const)));
    return filings.map((f) => ({ ...f, unitName: names.get(f.unitId)! }));
  }

  async function commit(change: Parameters<typeof store.commitFilingChange>[0]) {
    try {
      await store.commitFilingChange(change);
    } catch (error) {
      if (error instanceof StoreConflict && error.part === "claim") throw duplicateAccount();
      if (error instanceof StoreConflict) throw conflict("CONCURRENT_UPDATE", "该备案申请刚被其他操作修改，请刷新后重试");
      throw error;
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
      await commit({ filing, audit, claimPlatformKey: filing.platformKey });
      await workflow.start(reviewExecutionName(filing.filingId, 1), { itemType: "filing", itemId: filing.filingId, round: 1 });
      return filing;
    },

    /** A returned filing, edited, goes through a new round of all three stages. */
    async resubmit(actor: Actor, filingId: string, body: unknown): Promise<Filing> {
      requireRole(actor, "operator");
      const current = assertCanSee(actor, await store.getFiling(filingId));
      if (current.status !== "returned") throw conflict("NOT_RETURNED", "只有被退回修改的备案申请可以重新提交");
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
      await commit({
        filing,
        audit,
        expectedAuditSeq: current.auditSeq,
        expectedStatus: "returned",
        ...(keyChanged ? { claimPlatformKey: platformKey, releasePlatformKey: current.platformKey } : {}),
      });
      await workflow.start(reviewExecutionName(filingId, round), { itemType: "filing", itemId: filingId, round });
      return filing;
    },

    async list(actor: Actor): Promise<(Filing & { unitName: string })[]> {
      if (hasRole(actor, "admin")) return withUnitNames(await store.listAllFilings());
      if (hasRole(actor, "operator")) return withUnitNames(await store.listFilingsByUnit(actor.unitId));
      throw forbidden("ROLE_REQUIRED", "无权查看备案列表");
    },

    async get(actor: Actor, filingId: string) {
      const [filing] = await withUnitNames([assertCanSee(actor, await store.getFiling(filingId))]);
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
      const filing = assertCanSee(actor, await store.getFiling(filingId));
      return verifyAuditChain(await store.listAudit(filingId), filing.auditHead);
    },
  };
}

export type FilingService = ReturnType<typeof filingService>;
