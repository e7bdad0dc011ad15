import type { ReviewState } from "../review/kind.js";
import type { ContentDraft } from "./draft.js";

/**
 * A draft as the review sees it. A draft not (or no longer) in a round is "withdrawn" to the review;
 * a published one is still "approved".
 */
export function reviewStateOf(draft: ContentDraft): ReviewState {
  const status = draft.status === "draft" ? "withdrawn" : draft.status === "published" ? "approved" : draft.status;
  return {
    itemId: draft.draftId,
    unitId: draft.unitId,
    submittedBy: draft.submittedBy,
    round: draft.round,
    status,
    stage: draft.stage,
    lastDecision: draft.lastDecision,
    lastComment: draft.lastComment,
    submittedAt: draft.submittedAt ?? draft.createdAt,
    restarts: draft.restarts,
    auditSeq: draft.auditSeq,
    auditHead: draft.auditHead,
    updatedAt: draft.updatedAt,
  };
}

/** The draft after a review step (a withdrawal puts it back to 草稿). */
export function withReviewState(draft: ContentDraft, state: ReviewState): ContentDraft {
  const status = state.status === "withdrawn" ? "draft" : state.status === "approved" && draft.status === "published" ? "published" : state.status;
  return {
    ...draft,
    round: state.round,
    status,
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
