import type { ReviewState } from "../review/kind.js";
import { reviewedFieldsOf, reviewStateFrom } from "../review/reviewed-fields.js";
import type { Filing } from "./filing.js";

/** At most one change or cancellation of an account is under way at a time. */
export const pendingKey = (accountId: string) => `pending:${accountId}`;

/** The uniqueness key a filing holds while under way: its platform account, or its account's pending slot. */
export const heldKey = (filing: Filing) => (filing.kind === "open" ? filing.platformKey : pendingKey(filing.accountId!));

/** A filing as the review sees it ("filed" is the review's "approved"). */
export function reviewStateOf(filing: Filing): ReviewState {
  return reviewStateFrom(filing, filing.filingId, filing.status === "filed" ? "approved" : filing.status);
}

/** The filing after a review step. */
export function withReviewState(filing: Filing, state: ReviewState): Filing {
  return { ...filing, ...reviewedFieldsOf(state), status: state.status === "approved" ? "filed" : state.status };
}
