import { reviewStartEvent } from "../review/review-events.js";
import type { AuditRecord } from "../shared/audit-chain.js";
import { fail, type DomainError } from "../shared/errors.js";
import { StoreConflict, type TxWrite } from "../shared/ports.js";
import type { Filing, FilingStatus } from "./filing.js";
import type { FilingDeps } from "./filing-deps.js";
import { FILING_REVIEW_KIND } from "./filing-kind.js";
import { reviewStateOf } from "./filing-state.js";

export interface RoundSubmission {
  filing: Filing;
  audit: AuditRecord;
  /** Absent when the filing is new. */
  expected?: { auditSeq: number; status: FilingStatus };
  /** Claims taken or freed with it. */
  writes?: TxWrite[];
}

/**
 * Submitting a review round of any kind of filing: the filing, its record and the intent to start
 * the round's review are one transaction, so a process killed right after the commit still gets
 * the review started (by the outbox sweep) and a double submit cannot start two.
 */
export function filingWrites(deps: Pick<FilingDeps, "filings" | "audit" | "tx" | "effects">) {
  const { filings, audit, tx, effects } = deps;
  return {
    async submitRound(round: RoundSubmission, conflicts: Partial<Record<string, () => DomainError>> = {}) {
      const start = reviewStartEvent(effects, FILING_REVIEW_KIND, reviewStateOf(round.filing));
      try {
        await tx.commit([filings.writeFiling(round.filing, round.expected), audit.appendAudit(round.audit), ...(round.writes ?? []), effects.record(start)]);
      } catch (error) {
        if (error instanceof StoreConflict) throw (conflicts[error.part] ?? (() => fail("CONCURRENT_UPDATE", "该备案申请刚被其他操作修改，请刷新后重试")))();
        throw error;
      }
      await effects.run([start]);
    },
  };
}
