import type { ReviewKind, ReviewSubject } from "../review/kind.js";
import { CONTENT_CHECKLISTS } from "./content-checklists.js";
import type { ContentDeps } from "./content-deps.js";
import { contentDescriber, CONTENT_REQUEST_LABEL } from "./content-describe.js";
import { contentOutcomeNotice } from "./content-notices.js";
import { reviewStateOf, withReviewState } from "./content-state.js";
import type { ContentDraft } from "./draft.js";

export const CONTENT_REVIEW_KIND = "content";

/** Content drafts (稿件, 先审后发) as a kind of review item. An approval binds the round's version. */
export function contentReviewKind(deps: Pick<ContentDeps, "content" | "accounts">): ReviewKind<ContentDraft> {
  const { content } = deps;
  const describe = contentDescriber(deps);
  return {
    kind: CONTENT_REVIEW_KIND,
    label: CONTENT_REQUEST_LABEL,
    checklists: CONTENT_CHECKLISTS,

    async load(itemId) {
      const draft = await content.getDraft(itemId);
      return draft && { state: reviewStateOf(draft), item: draft };
    },

    write(subject, next, patch) {
      const draft = withReviewState({ ...subject.item, ...patch }, next);
      return content.writeDraft(draft, { auditSeq: subject.state.auditSeq, status: subject.item.status });
    },

    describe: ({ item }) => describe(item),
    title: ({ item }) => item.title,
    pagePath: ({ item }) => `#/content/${encodeURIComponent(item.draftId)}`,

    async onOutcome(subject, outcome, context) {
      if (outcome !== "approved") return {};
      // The approval covers exactly the round's version.
      const approvedHash = subject.item.submittedHash;
      return { patch: { approvedHash, approvedAt: context.at }, auditDetails: { approvedHash } };
    },

    outcomeNotice: (subject: ReviewSubject<ContentDraft>, outcome, context) => contentOutcomeNotice(withReviewState(subject.item, subject.state), outcome, context.stage),
  };
}
