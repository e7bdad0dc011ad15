import type { OutcomeContext, ReviewKind, ReviewOutcome, ReviewSubject } from "./kind.js";
import type { ReviewDeps } from "./review-deps.js";
import { outcomeMail } from "./review-mails.js";

/** The mail telling the submitter how the review ended, recorded with the outcome's write. */
export async function outcomeNoticeEvent(deps: Pick<ReviewDeps, "directory" | "effects" | "config">, kind: ReviewKind, subject: ReviewSubject, outcome: ReviewOutcome, context: OutcomeContext) {
  const submitter = await deps.directory.getPerson(subject.state.submittedBy);
  if (!submitter) return [];
  const notice = kind.outcomeNotice(subject, outcome, context);
  return [deps.effects.mail(outcomeMail(submitter, notice, `${deps.config.baseUrl}/${kind.pagePath(subject)}`))];
}
