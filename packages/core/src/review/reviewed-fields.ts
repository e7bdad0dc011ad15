import type { ReviewState, ReviewStatus } from "./kind.js";

/** The review's fields as every reviewed item keeps them, under the same names; each kind maps only its status. */
export interface ReviewedFields {
  unitId: string;
  /** Who submitted the current round (the review's submitter). */
  submittedBy: string;
  round: number;
  /** Stage awaiting a decision while in review; the last decided stage otherwise. */
  stage: ReviewState["stage"];
  lastDecision?: ReviewState["lastDecision"];
  lastComment?: string;
  /** When the current round was submitted (the confirm page's 提交时间). */
  submittedAt?: string;
  /** Times an admin restarted the current round's workflow. */
  restarts?: number;
  auditSeq: number;
  auditHead: string;
  createdAt: string;
  updatedAt: string;
}

/** An item's review state; an item never submitted counts from its creation. */
export function reviewStateFrom(item: ReviewedFields, itemId: string, status: ReviewStatus): ReviewState {
  return {
    itemId,
    unitId: item.unitId,
    submittedBy: item.submittedBy,
    round: item.round,
    status,
    stage: item.stage,
    lastDecision: item.lastDecision,
    lastComment: item.lastComment,
    submittedAt: item.submittedAt ?? item.createdAt,
    restarts: item.restarts,
    auditSeq: item.auditSeq,
    auditHead: item.auditHead,
    updatedAt: item.updatedAt,
  };
}

/** The fields a review step writes back onto the item (all but its status). */
export function reviewedFieldsOf(state: ReviewState) {
  return {
    round: state.round,
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
