import { STAGES } from "../review/stages.js";
import { PLATFORMS } from "../shared/platforms.js";
import type { Actor } from "../directory/people.js";
import type { ContentDeps } from "./content-deps.js";
import { draftAccess } from "./draft-access.js";

/**
 * 审核记录: for tracing, per draft — the reviewed text, when it was submitted, each reviewer's
 * decision and comment per round, and where it was published. Rendered as a printable page.
 */
export function reviewRecordService(deps: ContentDeps) {
  const { content, reviews, directory, audit, accounts } = deps;
  const access = draftAccess(deps);
  return async function reviewRecord(actor: Actor, draftId: string) {
    const draft = await access.visible(actor, draftId);
    const hash = draft.approvedHash ?? draft.submittedHash ?? draft.contentHash;
    const [version, tasks, history, publications, unit] = await Promise.all([
      content.getVersion(draftId, hash),
      reviews.listTasks(draftId),
      audit.listAudit(draftId),
      content.listDraftPublications(draftId),
      directory.getUnit(draft.unitId),
    ]);
    const submissions = history.filter((r) => r.action === "content_submitted");
    const rounds = submissions.map((s) => {
      const round = Number(s.details.round);
      return {
        round,
        submittedAt: s.at,
        submittedBy: s.actorName,
        contentHash: String(s.details.contentHash ?? ""),
        confirmations: (s.details.confirmations as { text: string; reason: string }[] | undefined) ?? [],
        stages: STAGES.map((stage) => tasks.find((t) => t.round === round && t.stage === stage)).filter((t) => t !== undefined),
        voided: history.find((r) => r.action === "review_voided_by_edit" && r.details.round === round)?.at,
      };
    });
    const named = await accounts.getAccounts([...new Set([...(version?.accountIds ?? []), ...publications.map((p) => p.accountId)])]);
    const accountNames = Object.fromEntries(named.map((a) => [a.accountId, `${PLATFORMS[a.platform].label}「${a.accountName}」`]));
    return { draft, unitName: unit?.name ?? draft.unitId, version, versionHash: hash, rounds, publications, history, accountNames };
  };
}

export type ReviewRecord = Awaited<ReturnType<ReturnType<typeof reviewRecordService>>>;
