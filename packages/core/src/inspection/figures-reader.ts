import type { ContentDraft } from "../content/draft.js";
import { thresholdsFor } from "../content/monitor/thresholds.js";
import type { Account } from "../register/account.js";
import { mapBounded } from "./bounded.js";
import { computeFigures, periodOf, type ReportFigures } from "./figures.js";
import type { InspectionDeps } from "./inspection-deps.js";

/** Reads at most this many of a unit's drafts (newest first) when looking for the account's. */
const DRAFT_PAGES = 20;
const DRAFT_PAGE = 100;
const READS_IN_FLIGHT = 8;

/**
 * The system's figures for one account's year, read from the register, content, the monitor,
 * custody and the review when a report is shown (and frozen into it at submission). Its cost follows
 * the account's own activity, never the register's size; the opening reads none of it.
 */
export function figuresReader(deps: Pick<InspectionDeps, "directory" | "audit" | "content" | "monitor" | "custody" | "reviews" | "clock" | "updateThresholds">) {
  const { directory, audit, content, monitor, custody, reviews, clock, updateThresholds } = deps;

  /** The unit's drafts for this account created in the period (a unit's drafts are one partition, newest first). */
  async function draftsFor(account: Account, fromIso: string): Promise<ContentDraft[]> {
    const found: ContentDraft[] = [];
    let after: string | undefined;
    for (let page = 0; page < DRAFT_PAGES; page++) {
      const { drafts, last } = await content.listDrafts({ unitIds: [account.unitId], limit: DRAFT_PAGE, after });
      found.push(...drafts.filter((d) => d.accountIds.includes(account.accountId) && d.createdAt >= fromIso));
      if (!last || drafts.some((d) => d.createdAt < fromIso)) break;
      after = last;
    }
    return found;
  }

  return async function figuresOf(year: number, account: Account): Promise<ReportFigures> {
    const now = clock.now();
    const period = periodOf(year, now);
    const from = new Date(period.startMs).toISOString();
    const to = new Date(period.endMs).toISOString();
    const [unit, chain, publications, entries, credentialTasks, ownDrafts] = await Promise.all([
      directory.getUnit(account.unitId),
      audit.listAudit(account.accountId),
      content.listAccountPublications(account.accountId, 5000, { from, to }),
      monitor.getEntries([account.accountId]),
      custody.listCredentialTasksOfAccount(account.accountId),
      draftsFor(account, from),
    ]);
    const known = new Map(ownDrafts.map((d) => [d.draftId, d]));
    const publishedIds = [...new Set(publications.map((p) => p.draftId).filter((id): id is string => Boolean(id)))];
    const missing = publishedIds.filter((id) => !known.has(id));
    for (const draft of await mapBounded(missing, READS_IN_FLIGHT, (id) => content.getDraft(id))) if (draft) known.set(draft.draftId, draft);

    const submitted = [...known.values()].filter((d) => d.submittedAt && d.submittedAt >= from && d.submittedAt <= to && d.accountIds.includes(account.accountId));
    const filingIds = new Set<string>([account.filingId, ...chain.map((r) => r.details.filingId).filter((id): id is string => typeof id === "string")]);
    const itemIds = [...filingIds, ...submitted.map((d) => d.draftId)];
    const reviewTasks = (await mapBounded(itemIds, READS_IN_FLIGHT, (id) => reviews.listTasks(id))).flat();

    return computeFigures({
      year,
      now,
      account,
      unitName: unit?.name ?? account.unitId,
      chain,
      publications,
      drafts: submitted.map((d) => ({ draftId: d.draftId, hits: d.hits?.length ?? 0, confirmed: d.confirmations?.length ?? 0 })),
      reviewTasks,
      credentialTasks,
      monitor: entries[0],
      thresholds: thresholdsFor(updateThresholds, account.platform),
    });
  };
}

export type FiguresReader = ReturnType<typeof figuresReader>;
