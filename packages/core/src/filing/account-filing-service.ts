import { operatorUnitIds, requireRole } from "../directory/access.js";
import type { Actor } from "../directory/people.js";
import type { Account } from "../register/account.js";
import { diffFiling } from "../register/account-data-diff.js";
import { appendToChain, GENESIS_HASH } from "../shared/audit-chain.js";
import { fail, fieldError } from "../shared/errors.js";
import { normalizePlatformAccountId } from "../shared/platforms.js";
import { parseOrThrow } from "../shared/validation.js";
import type { Filing, FilingKind } from "./filing.js";
import { CANCEL_FIELD_LABELS, cancelInputSchema, CHANGE_FIELD_LABELS, changeInputSchema } from "./filing-input.js";
import type { FilingDeps } from "./filing-deps.js";
import { pendingKey } from "./filing-state.js";
import { filingWrites } from "./filing-writes.js";

const inProgress = () => fail("ACCOUNT_FILING_IN_PROGRESS");

/** 变更 and 注销 filings of register accounts, through the same three-stage review as 开设. */
export function accountFilingService(deps: FilingDeps) {
  const { accounts, directory, clock, newId } = deps;
  const writes = filingWrites(deps);

  /** The unit's operators act on its accounts; anyone else sees no such account. */
  async function accountFor(actor: Actor, accountId: string): Promise<Account> {
    requireRole(actor, "operator", "仅主办单位信息员可以提交备案");
    const account = await accounts.getAccount(accountId);
    if (!account || !(await operatorUnitIds(directory, actor)).includes(account.unitId)) throw fail("ACCOUNT_NOT_FOUND", "账号不存在或无权操作");
    if (account.status === "cancelled") throw fail("ACCOUNT_CANCELLED", "该账号已注销，如需恢复使用请重新提交开设备案");
    return account;
  }

  async function parseChange(account: Account, body: unknown) {
    const input = parseOrThrow(changeInputSchema, body, CHANGE_FIELD_LABELS);
    const sameAccount =
      input.data.platform === account.platform &&
      normalizePlatformAccountId(input.data.platformAccountId) === normalizePlatformAccountId(account.data.platformAccountId);
    if (!sameAccount) throw fieldError("data.platformAccountId", "IMMUTABLE", "平台类型和平台账号不可变更；如需更换账号，请注销后重新开设");
    const transferToUnitId = input.transferToUnitId && input.transferToUnitId !== account.unitId ? input.transferToUnitId : undefined;
    if (transferToUnitId && !(await directory.getUnit(transferToUnitId))) throw fieldError("transferToUnitId", "NOT_FOUND", "变更后主办单位不存在");
    const changes = diffFiling(account.data, input.data);
    if (changes.length === 0 && !transferToUnitId) throw fieldError("data", "NO_CHANGES", "未修改任何备案信息");
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
      submittedAt: now,
      auditSeq: 0,
      auditHead: GENESIS_HASH,
      createdAt: now,
      updatedAt: now,
    };
  }

  async function submit(actor: Actor, filing: Filing, details: Record<string, unknown>) {
    const { entity: first, audit } = appendToChain(filing, filing.filingId, { id: actor.personId, name: actor.name }, "filing_submitted", { round: 1, kind: filing.kind, ...details }, filing.createdAt);
    await writes.submitRound({ filing: first, audit, writes: [accounts.claim(pendingKey(filing.accountId!), filing.filingId)] }, { claim: inProgress });
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
      const moved: Filing = { ...next, round, restarts: undefined, status: "in_review", stage: "first", lastDecision: undefined, lastComment: undefined, submittedAt: now, updatedAt: now };
      const { entity: filing, audit } = appendToChain(moved, current.filingId, { id: actor.personId, name: actor.name }, "filing_resubmitted", { round, ...details }, now);
      await writes.submitRound({ filing, audit, expected: { auditSeq: current.auditSeq, status: "returned" } });
      return filing;
    },
  };
}

export type AccountFilingService = ReturnType<typeof accountFilingService>;
