import type { ReviewState } from "../review/kind.js";
import { reviewedFieldsOf, reviewStateFrom } from "../review/reviewed-fields.js";
import type { ContentDraft } from "./draft.js";

/**
 * A draft as the review sees it. A draft not (or no longer) in a round is "withdrawn" to the review;
 * a published one is still "approved".
 */
export function reviewStateOf(draft: ContentDraft): ReviewState {
  return reviewStateFrom(draft, draft.draftId, draft.status === "draft" ? "withdrawn" : draft.status === "published" ? "approved" : draft.status);
}

/** The draft after a review step (a withdrawal puts it back to 草稿). */
export function withReviewState(draft: ContentDraft, state: ReviewState): ContentDraft {
  const status = state.status === "withdrawn" ? "draft" : state.status === "approved" && draft.status === "published" ? "published" : state.status;
  return { ...draft, ...reviewedFieldsOf(state), status };
}
