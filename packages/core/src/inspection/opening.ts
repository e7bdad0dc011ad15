import { SYSTEM_ACTOR } from "../shared/actors.js";
import { appendToChain, GENESIS_HASH } from "../shared/audit-chain.js";
import { StoreConflict } from "../shared/ports.js";
import { PLATFORM_IDS } from "../shared/platforms.js";
import { shanghaiDate, yearInShanghai } from "../shared/time.js";
import { freshReport } from "./annual-report.js";
import { mapBounded } from "./bounded.js";
import { campaignEntityId, type Campaign, type OpeningSegment } from "./campaign.js";
import type { InspectionDeps } from "./inspection-deps.js";
import { openingFailedMail, openingMail } from "./inspection-mails.js";
import { defaultDeadlineOf, nextUnitDue, remindersCoveredAt } from "./inspection-schedule.js";
import type { InspectionExecutionInput } from "./ports.js";
import { emptyCounts, tally, type ProgressCounter, type UnitProgress } from "./progress.js";
import { adminRecipients, unitRecipients } from "./recipients.js";

/** Index entries read (and reports written) per page: one short Lambda invocation each. */
export const OPENING_PAGE = 500;
/** The notify step stops after this long and is called again (the state machine loops). */
const NOTIFY_BUDGET_MS = 60_000;
const NOTIFY_IN_FLIGHT = 4;

export interface OpeningOptions {
  pageSize?: number;
  notifyBudgetMs?: number;
}

/**
 * A segment's loop as the state machine carries it from page to page: its cursor travels in the
 * execution's state, so a page costs no read of its own; the first page of an iteration (a new
 * one, or the Map run again after a restart) reads the cursor saved in the table.
 */
export interface PageIteration {
  year: number;
  segment: string;
  /** The campaign's start: every report of a replayed page is written exactly as the first time. */
  at: string;
  cursor?: string;
  pages?: number;
  written?: number;
  done?: boolean;
}

/** What the inspection state machine's task steps are handed (one Lambda serves them all). */
export type OpeningStep =
  | { action: "begin"; input: InspectionExecutionInput; executionName: string }
  | { action: "page"; iteration: PageIteration }
  | { action: "notify"; year: number }
  /** The state as it was when a step failed for good: its year (once Begin knew it) and the failure. */
  | { action: "fail"; state: { year?: number | null; failure?: { Error?: string; Cause?: string } } };

/**
 * Opening a campaign, in steps the state machine orders: `begin` claims the campaign for the
 * execution and lists the register's segments (one per platform); `page` writes one page of reports
 * of a segment (BatchWrite; reports are keyed by year + account, so a replayed page rewrites the same
 * items before anyone could have touched them) and saves the segment's cursor; `notify` tells each
 * unit once (its progress item is created with its mails, conditionally) and finally opens the
 * campaign. Every step is safe to run again.
 */
export function openingSteps(deps: Pick<InspectionDeps, "inspection" | "register" | "accounts" | "directory" | "audit" | "tx" | "effects" | "clock" | "config" | "schedule" | "log">, options: OpeningOptions = {}) {
  const { inspection, register, accounts, directory, audit, tx, effects, clock, config, schedule, log } = deps;
  const pageSize = options.pageSize ?? OPENING_PAGE;
  const budgetMs = options.notifyBudgetMs ?? NOTIFY_BUDGET_MS;

  async function claim(input: InspectionExecutionInput, executionName: string): Promise<Campaign | undefined> {
    const now = clock.now();
    const year = input.year ?? yearInShanghai(now.toISOString());
    const existing = await inspection.getCampaign(year);
    if (existing) return existing.executionName === executionName && existing.status === "opening" ? existing : undefined;
    // The yearly schedule (EventBridge in AWS) starts an execution no service recorded: it creates the campaign.
    const at = now.toISOString();
    const deadline = defaultDeadlineOf(year, schedule);
    const draft: Campaign = { year, status: "opening", deadline, graceDays: schedule.graceDays, startedAt: at, startedBy: SYSTEM_ACTOR.id, startedByName: SYSTEM_ACTOR.name, trigger: input.trigger, executionName, auditSeq: 0, auditHead: GENESIS_HASH, updatedAt: at };
    const { entity, audit: record } = appendToChain(draft, campaignEntityId(year), SYSTEM_ACTOR, "campaign_started", { year, deadline, graceDays: schedule.graceDays, trigger: input.trigger }, at);
    try {
      await tx.commit([inspection.writeCampaign(entity), audit.appendAudit(record)]);
      return entity;
    } catch (error) {
      if (error instanceof StoreConflict) return undefined;
      throw error;
    }
  }

  async function page(iteration: PageIteration): Promise<PageIteration> {
    const { year, segment, at } = iteration;
    const fresh: OpeningSegment = { year, segment, done: false, pages: 0, written: 0, updatedAt: at };
    const current: OpeningSegment =
      iteration.pages === undefined
        ? ((await inspection.getSegment(year, segment)) ?? fresh)
        : { ...fresh, cursor: iteration.cursor, pages: iteration.pages, written: iteration.written ?? 0 };
    const carried = (s: OpeningSegment): PageIteration => ({ year, segment, at, ...(s.cursor ? { cursor: s.cursor } : {}), pages: s.pages, written: s.written, done: s.done });
    if (current.done) return carried(current);
    const { entries, last } = await register.listPlatformEntries(segment as never, pageSize, current.cursor);
    // Filed and suspended accounts report; cancelled ones are read and passed over.
    const reports = entries.filter((e) => e.status !== "cancelled").map((e) => freshReport(year, e, at));
    await inspection.putReports(reports);
    const next: OpeningSegment = { ...current, cursor: last ?? current.cursor, done: !last, pages: current.pages + 1, written: current.written + reports.length, updatedAt: clock.now().toISOString() };
    if (await inspection.advanceSegment(next, current.cursor)) return carried(next);
    // Another runner moved the cursor first (and wrote this page too): go on from where it stands.
    return carried((await inspection.getSegment(year, segment)) ?? next);
  }

  async function notifyUnit(campaign: Campaign, unit: { unitId: string; name: string }): Promise<number> {
    if (await inspection.getUnitProgress(campaign.year, unit.unitId)) return 0;
    const reports = [];
    let after: string | undefined;
    do {
      const found = await inspection.listUnitReports(campaign.year, unit.unitId, 500, after);
      reports.push(...found.reports);
      after = found.last;
    } while (after);
    if (!reports.length) return 0;
    const at = clock.now().toISOString();
    const today = shanghaiDate(clock.now());
    const counts = emptyCounts();
    for (const report of reports) for (const [counter, n] of Object.entries(tally(report)) as [ProgressCounter, number][]) counts[counter] += n;
    const state = { deadline: campaign.deadline, reminded: remindersCoveredAt(campaign.deadline, today, schedule) };
    const progress: UnitProgress = { year: campaign.year, unitId: unit.unitId, ...state, notifiedAt: at, dueOn: nextUnitDue(state, today, schedule), counts, updatedAt: at };
    const listed = await accounts.getAccounts(reports.slice(0, 50).map((r) => r.accountId));
    const mails = (await unitRecipients(directory, unit.unitId)).map((r) => effects.mail(openingMail(r.email, r.name, unit.name, campaign.year, campaign.deadline, listed, reports.length, config.baseUrl)));
    try {
      await tx.commit([inspection.createUnitProgress(progress), ...mails.map((m) => effects.record(m))]);
    } catch (error) {
      if (error instanceof StoreConflict) return 0;
      throw error;
    }
    await effects.run(mails);
    return reports.length;
  }

  async function notify(year: number): Promise<{ year: number; done: boolean }> {
    const started = Date.now();
    const campaign = await inspection.getCampaign(year);
    if (!campaign) throw new Error(`campaign ${year} not found`);
    if (campaign.status === "open") return { year, done: true };
    let outOfTime = false;
    // A few units at a time: each is its own reads and one transaction, independent of the others.
    await mapBounded(await directory.listUnits(), NOTIFY_IN_FLIGHT, async (unit) => {
      if (outOfTime || Date.now() - started > budgetMs) {
        outOfTime = true;
        return;
      }
      await notifyUnit(campaign, unit);
    });
    if (outOfTime) return { year, done: false };
    const units = await inspection.listUnitProgress(year);
    const at = clock.now().toISOString();
    const reportCount = units.reduce((n, u) => n + u.counts.total, 0);
    const { entity, audit: record } = appendToChain({ ...campaign, status: "open" as const, openedAt: at, reportCount, unitCount: units.length, updatedAt: at }, campaignEntityId(year), SYSTEM_ACTOR, "campaign_opened", { reportCount, unitCount: units.length }, at);
    await tx.commit([inspection.writeCampaign(entity, campaign.auditSeq), audit.appendAudit(record)]);
    log.info("inspection campaign opened", { year, reportCount, unitCount: units.length });
    return { year, done: true };
  }

  async function recordFailure(step: Extract<OpeningStep, { action: "fail" }>) {
    const year = step.state?.year;
    const campaign = typeof year === "number" ? await inspection.getCampaign(year) : undefined;
    if (!campaign || campaign.status !== "opening") return { recorded: false };
    const at = clock.now().toISOString();
    const error = step.state.failure?.Error || "States.TaskFailed";
    const cause = step.state.failure?.Cause;
    const { entity, audit: record } = appendToChain({ ...campaign, failure: { error, cause: cause?.slice(0, 500), at }, updatedAt: at }, campaignEntityId(campaign.year), SYSTEM_ACTOR, "opening_failed", { error, cause: cause?.slice(0, 500) }, at);
    const mails = (await adminRecipients(directory)).map((r) => effects.mail(openingFailedMail(r.email, r.name, campaign.year, error, config.baseUrl)));
    await tx.commit([inspection.writeCampaign(entity, campaign.auditSeq), audit.appendAudit(record), ...mails.map((m) => effects.record(m))]);
    await effects.run(mails);
    log.error("inspection opening failed; an admin resumes it", { year: campaign.year, error, cause: cause?.slice(0, 500) });
    return { recorded: true };
  }

  return {
    page,
    notify,

    /** The state machine's one task function: each step by its action. */
    async run(step: OpeningStep): Promise<unknown> {
      switch (step.action) {
        case "begin": {
          const campaign = await claim(step.input, step.executionName);
          return campaign
            ? { year: campaign.year, proceed: true, segments: PLATFORM_IDS.map((segment): PageIteration => ({ year: campaign.year, segment, at: campaign.startedAt })) }
            : { year: step.input.year ?? null, proceed: false, segments: [] };
        }
        case "page":
          return page(step.iteration);
        case "notify":
          return notify(step.year);
        case "fail":
          return recordFailure(step);
      }
    },
  };
}

export type OpeningSteps = ReturnType<typeof openingSteps>;
