import { operatorUnitIds, requireRole, seesUnit } from "../directory/access.js";
import { hasRole, type Actor } from "../directory/people.js";
import { filingInputSchema, type FilingInput } from "../register/account-data.js";
import { diffFiling } from "../register/account-data-diff.js";
import { FILING_FIELD_LABELS } from "../register/account-labels.js";
import { appendToChain, GENESIS_HASH, verifyAuditChain } from "../shared/audit-chain.js";
import { DomainError, fail } from "../shared/errors.js";
import { normalizePlatformAccountId } from "../shared/platforms.js";
import { parseOrThrow } from "../shared/validation.js";
import { accountFilingService } from "./account-filing-service.js";
import type { Filing } from "./filing.js";
import type { FilingDeps } from "./filing-deps.js";
import { filingWrites, type RoundSubmission } from "./filing-writes.js";
import { filingListSchema, FILING_LIST_LABELS, decodeFilingCursor, encodeFilingCursor } from "./filing-list.js";

const platformKeyOf = (input: FilingInput) => `${input.platform}:${normalizePlatformAccountId(input.platformAccountId)}`;

const duplicateAccount = () => fail("DUPLICATE_PLATFORM_ACCOUNT");

/** Filing (备案) requests by unit operators: submit, resubmit after return, read with history. */
export function filingService(deps: FilingDeps) {
  const { filings, accounts, register, directory, audit, clock, newId } = deps;
  const writes = filingWrites(deps);
  const accountFilings = accountFilingService(deps);

  /**
   * 国办发〔2018〕123号: one account per platform per unit unless a reason is given. Counts the unit's
   * live accounts on the platform in the register (imported ones too) and its open filings under way.
   */
  async function assertOnePerPlatform(unitId: string, input: FilingInput, exceptFilingId?: string) {
    if (input.justification) return;
    const own = await filings.listUnitFilingsOnPlatform(unitId, input.platform);
    const underWay = own.some((f) => f.kind === "open" && f.filingId !== exceptFilingId && (f.status === "in_review" || f.status === "returned"));
    const { accounts: live } = await register.listAccounts({ unitIds: [unitId], platform: input.platform, limit: 10 });
    if (underWay || live.some((a) => a.status !== "cancelled")) throw fail("JUSTIFICATION_REQUIRED");
  }

  /** 主办单位 names for display. */
  async function withUnitNames(list: Filing[]) {
    const names = new Map((await directory.getUnits([...new Set(list.map((f) => f.unitId))])).map((u) => [u.unitId, u.name]));
    return list.map((f) => ({ ...f, unitName: names.get(f.unitId) ?? f.unitId }));
  }

  async function visibleFiling(actor: Actor, filingId: string): Promise<Filing> {
    const filing = await filings.getFiling(filingId);
    if (!filing || !(await seesUnit(directory, actor, filing.unitId))) throw fail("FILING_NOT_FOUND");
    return filing;
  }

  /**
   * Takes the platform account. If it is held by an account that was cancelled, a new open filing
   * may take it over (re-opening); otherwise it is a duplicate.
   */
  async function submitOpen(round: RoundSubmission) {
    const key = round.filing.platformKey;
    try {
      await writes.submitRound({ ...round, writes: [accounts.claim(key, round.filing.filingId)] }, { claim: duplicateAccount });
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== "DUPLICATE_PLATFORM_ACCOUNT") throw error;
      const claim = await accounts.getClaim(key);
      const holder = claim?.accountId ? await accounts.getAccount(claim.accountId) : undefined;
      if (!claim || holder?.status !== "cancelled") throw error;
      await writes.submitRound({ ...round, writes: [accounts.takeOverClaim(key, claim.filingId, round.filing.filingId)] }, { claim: duplicateAccount });
    }
  }

  return {
    async submit(actor: Actor, body: unknown): Promise<Filing> {
      requireRole(actor, "operator", "仅主办单位信息员可以提交备案");
      const input = parseOrThrow(filingInputSchema, body, FILING_FIELD_LABELS);
      await assertOnePerPlatform(actor.unitId, input);
      const now = clock.now().toISOString();
      const filingId = newId();
      const draft: Filing = {
        filingId,
        kind: "open",
        unitId: actor.unitId,
        submittedBy: actor.personId,
        round: 1,
        status: "in_review",
        stage: "first",
        data: input,
        platform: input.platform,
        platformKey: platformKeyOf(input),
        submittedAt: now,
        auditSeq: 0,
        auditHead: GENESIS_HASH,
        createdAt: now,
        updatedAt: now,
      };
      const { entity: filing, audit: record } = appendToChain(draft, filingId, { id: actor.personId, name: actor.name }, "filing_submitted", { round: 1 }, now);
      await submitOpen({ filing, audit: record });
      return filing;
    },

    /** A returned filing, edited, goes through a new round of all three stages. */
    async resubmit(actor: Actor, filingId: string, body: unknown): Promise<Filing> {
      requireRole(actor, "operator", "仅主办单位信息员可以提交备案");
      const current = await visibleFiling(actor, filingId);
      if (current.status !== "returned") throw fail("NOT_RETURNED", "只有被退回修改的备案申请可以重新提交");
      if (current.kind !== "open") return accountFilings.resubmit(actor, current, body);
      const input = parseOrThrow(filingInputSchema, body, FILING_FIELD_LABELS);
      await assertOnePerPlatform(current.unitId, input, filingId);
      const now = clock.now().toISOString();
      const round = current.round + 1;
      const platformKey = platformKeyOf(input);
      const next: Filing = { ...current, round, restarts: undefined, status: "in_review", stage: "first", data: input, platform: input.platform, platformKey, lastDecision: undefined, lastComment: undefined, submittedAt: now, updatedAt: now };
      const { entity: filing, audit: record } = appendToChain(next, filingId, { id: actor.personId, name: actor.name }, "filing_resubmitted", { round, changes: diffFiling(current.data, input) }, now);
      const keyChanged = platformKey !== current.platformKey;
      await writes.submitRound(
        {
          filing,
          audit: record,
          expected: { auditSeq: current.auditSeq, status: "returned" },
          writes: keyChanged ? [accounts.claim(platformKey, filingId), accounts.releaseClaim(current.platformKey, filingId)] : [],
        },
        { claim: duplicateAccount },
      );
      return filing;
    },

    /** 备案管理 / 我的备案: newest first, a page at a time, optionally by unit and status. */
    async list(actor: Actor, query: unknown = {}) {
      const input = parseOrThrow(filingListSchema, query, FILING_LIST_LABELS);
      let unitIds: string[] | undefined;
      if (hasRole(actor, "admin")) unitIds = input.unitId ? [input.unitId, ...(input.subUnits === "0" ? [] : await directory.descendantUnitIds(input.unitId))] : undefined;
      else if (hasRole(actor, "operator")) {
        const own = await operatorUnitIds(directory, actor);
        unitIds = input.unitId ? own.filter((id) => id === input.unitId) : own;
        if (input.unitId && unitIds.length === 0) throw fail("UNIT_OUT_OF_SCOPE", "无权查看该单位的备案申请");
      } else throw fail("ROLE_REQUIRED", "无权查看备案列表");
      const page = await filings.listFilings({ unitIds, status: input.status, limit: input.limit ?? 50, after: input.cursor ? decodeFilingCursor(input.cursor) : undefined });
      return { items: await withUnitNames(page.filings), nextCursor: page.last ? encodeFilingCursor(page.last) : undefined };
    },

    async get(actor: Actor, filingId: string) {
      const [filing] = await withUnitNames([await visibleFiling(actor, filingId)]);
      const [history, tasks] = await Promise.all([audit.listAudit(filingId), deps.reviews.listTasks(filingId)]);
      return {
        filing,
        history,
        tasks: tasks.map((t) => ({ round: t.round, stage: t.stage, status: t.status, reviewerName: t.reviewerName, decision: t.decision, decidedAt: t.decidedAt })),
      };
    },

    async verifyAudit(actor: Actor, filingId: string) {
      const filing = await visibleFiling(actor, filingId);
      return verifyAuditChain(await audit.listAudit(filingId), filing.auditHead);
    },
  };
}

export type FilingService = ReturnType<typeof filingService>;
