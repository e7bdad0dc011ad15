import type { ReviewState, ReviewStatus } from "./kind.js";

/** The review's fields as every reviewed item keeps them, under the same names; each kind maps only its status. */
export interface ReviewedFields {
  unitId: string;
  submittedBy: string;
  round: number;
  stage: ReviewState["stage"];
  lastDecision?: ReviewState["lastDecision"];
  lastComment?: string;
  submittedAt?: string;
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
