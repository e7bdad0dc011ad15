import type { ReviewState } from "../review/kind.js";
import type { Filing } from "./filing.js";

/** At most one change or cancellation of an account is under way at a time. */
export const pendingKey = (accountId: string) => `pending:${accountId}`;

/** The uniqueness key a filing holds while under way: its platform account, or its account's pending slot. */
export const heldKey = (filing: Filing) => (filing.kind === "open" ? filing.platformKey : pendingKey(filing.accountId!));

/** A filing as the review sees it ("filed" is the review's "approved"). */
export function reviewStateOf(filing: Filing): ReviewState {
  return {
    itemId: filing.filingId,
    unitId: filing.unitId,
    submittedBy: filing.submittedBy,
    round: filing.round,
    status: filing.status === "filed" ? "approved" : filing.status,
    stage: filing.stage,
    lastDecision: filing.lastDecision,
    lastComment: filing.lastComment,
    submittedAt: filing.submittedAt ?? filing.createdAt,
    restarts: filing.restarts,
    auditSeq: filing.auditSeq,
    auditHead: filing.auditHead,
    updatedAt: filing.updatedAt,
  };
}

/** The filing after a review step. */
export function withReviewState(filing: Filing, state: ReviewState): Filing {
  return {
    ...filing,
    round: state.round,
    status: state.status === "approved" ? "filed" : state.status,
    stage: state.stage,
    lastDecision: state.lastDecision,
    lastComment: state.lastComment,
    submittedAt: state.submittedAt,
    restarts: state.restarts,
    auditSeq: state.auditSeq,
    auditHead: state.auditHead,
    updatedAt: state.updatedAt,
  };
}
