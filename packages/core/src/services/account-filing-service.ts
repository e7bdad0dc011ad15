import type { Account } from "../account.js";
import { GENESIS_HASH } from "../audit-chain.js";
import { conflict, notFound, validationError } from "../errors.js";
import { CANCEL_FIELD_LABELS, cancelInputSchema, CHANGE_FIELD_LABELS, changeInputSchema, type Filing, type FilingKind } from "../filing.js";
import { diffFiling } from "../filing-diff.js";
import type { Actor } from "../people.js";
import { normalizePlatformAccountId } from "../platforms.js";
import type { Deps } from "../ports.js";
import { parseOrThrow } from "../validation.js";
import { operatorUnitIds, requireRole } from "./access.js";
import { appendAudit } from "./audit-append.js";
import { filingWrites } from "./filing-writes.js";

/** At most one change or cancellation of an account is under way at a time. */
export const pendingKey = (accountId: string) => `pending:${accountId}`;

const inProgress = () => conflict("ACCOUNT_FILING_IN_PROGRESS", "该账号已有变更或注销申请正在办理，请办结后再提交");

/** 变更 and 注销 filings of register accounts, through the same three-stage review as 开设. */
export function accountFilingService(deps: Deps) {
  const { store, clock, newId } = deps;
  const writes = filingWrites(deps);

  /** The unit's operators act on its accounts; anyone else sees no such account. */
  async function accountFor(actor: Actor, accountId: string): Promise<Account> {
    requireRole(actor, "operator");
    const account = await store.getAccount(accountId);
    if (!account || !(await operatorUnitIds(store, actor)).includes(account.unitId)) throw notFound("ACCOUNT_NOT_FOUND", "账号不存在或无权操作");
    if (account.status === "cancelled") throw conflict("ACCOUNT_CANCELLED", "该账号已注销，如需恢复使用请重新提交开设备案");
    return account;
  }

  async function parseChange(account: Account, body: unknown) {
    const input = parseOrThrow(changeInputSchema, body, CHANGE_FIELD_LABELS);
    const sameAccount =
      input.data.platform === account.platform &&
      normalizePlatformAccountId(input.data.platformAccountId) === normalizePlatformAccountId(account.data.platformAccountId);
    if (!sameAccount) {
      throw validationError([{ field: "data.platformAccountId", code: "IMMUTABLE", message: "平台类型和平台账号不可变更；如需更换账号，请注销后重新开设" }]);
    }
    const transferToUnitId = input.transferToUnitId && input.transferToUnitId !== account.unitId ? input.transferToUnitId : undefined;
    if (transferToUnitId && !(await store.getUnit(transferToUnitId))) {
      throw validationError([{ field: "transferToUnitId", code: "NOT_FOUND", message: "变更后主办单位不存在" }]);
    }
    const changes = diffFiling(account.data, input.data);
    if (changes.length === 0 && !transferToUnitId) throw validationError([{ field: "data", code: "NO_CHANGES", message: "未修改任何备案信息" }]);
    return { input, transferToUnitId, changes };
  }

  function draft(actor: Actor, account: Account, kind: FilingKind, now: string): Filing {
    return {
      filingId: newId(),
      kind,
      accountId: account.accountId,
      unitId: account.unitId,
      submittedBy: actor.personId,
      round: 1,
      status: "in_review",
      stage: "first",
      data: account.data,
      platform: account.platform,
      platformKey: account.platformKey,
      filingNumber: account.filingNumber,
      auditSeq: 0,
      auditHead: GENESIS_HASH,
      createdAt: now,
      updatedAt: now,
    };
  }

  async function submit(actor: Actor, filing: Filing, details: Record<string, unknown>) {
    const { filing: first, audit } = appendAudit(filing, { id: actor.personId, name: actor.name }, "filing_submitted", { round: 1, kind: filing.kind, ...details }, filing.createdAt);
    await writes.commit({ filing: first, audit, claimPlatformKey: pendingKey(filing.accountId!) }, { claim: inProgress });
    await writes.startReview(first);
    return first;
  }

  return {
    async submitChange(actor: Actor, accountId: string, body: unknown): Promise<Filing> {
      const account = await accountFor(actor, accountId);
      const { input, transferToUnitId, changes } = await parseChange(account, body);
      const filing = { ...draft(actor, account, "change", clock.now().toISOString()), data: input.data, previousData: account.data, reason: input.reason, transferToUnitId };
      return submit(actor, filing, { changes, reason: input.reason, ...(transferToUnitId ? { transferToUnitId } : {}) });
    },

    async submitCancel(actor: Actor, accountId: string, body: unknown): Promise<Filing> {
      const account = await accountFor(actor, accountId);
      const { reason } = parseOrThrow(cancelInputSchema, body, CANCEL_FIELD_LABELS);
      return submit(actor, { ...draft(actor, account, "cancel", clock.now().toISOString()), reason }, { reason });
    },

    /** A returned change or cancellation, edited, starts a new round against the account as it is now. */
    async resubmit(actor: Actor, current: Filing, body: unknown): Promise<Filing> {
      const account = await accountFor(actor, current.accountId!);
      const now = clock.now().toISOString();
      const round = current.round + 1;
      let next: Filing;
      let details: Record<string, unknown>;
      if (current.kind === "change") {
        const { input, transferToUnitId, changes } = await parseChange(account, body);
        next = { ...current, data: input.data, previousData: account.data, reason: input.reason, transferToUnitId };
        details = { changes, reason: input.reason };
      } else {
        const { reason } = parseOrThrow(cancelInputSchema, body, CANCEL_FIELD_LABELS);
        next = { ...current, data: account.data, reason };
        details = { reason };
      }
      const { filing, audit } = appendAudit(
        { ...next, round, status: "in_review", stage: "first", lastDecision: undefined, lastComment: undefined },
        { id: actor.personId, name: actor.name },
        "filing_resubmitted",
        { round, ...details },
        now,
      );
      await writes.commit({ filing, audit, expectedAuditSeq: current.auditSeq, expectedStatus: "returned" });
      await writes.startReview(filing);
      return filing;
    },
  };
}

export type AccountFilingService = ReturnType<typeof accountFilingService>;
