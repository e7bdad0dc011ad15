import { addDays } from "../custody/contract-watch.js";
import { requireRole } from "../directory/access.js";
import type { Actor } from "../directory/people.js";
import { SYSTEM_ACTOR, type AuditActor } from "../shared/actors.js";
import { appendToChain, GENESIS_HASH } from "../shared/audit-chain.js";
import { fail, fieldError } from "../shared/errors.js";
import { StoreConflict } from "../shared/ports.js";
import { shanghaiDate, yearInShanghai } from "../shared/time.js";
import { parseOrThrow } from "../shared/validation.js";
import { campaignEntityId, campaignExecutionName, type Campaign } from "./campaign.js";
import { CAMPAIGN_FIELD_LABELS, campaignInputSchema, DEADLINE_FIELD_LABELS, deadlineInputSchema } from "./campaign-input.js";
import { inspectionStartEvent } from "./inspection-events.js";
import type { InspectionDeps } from "./inspection-deps.js";
import { defaultDeadlineOf, nextUnitDue, openDateOf } from "./inspection-schedule.js";

/**
 * Starting a campaign (发起年度检查: the admin's button, or the local scheduler on the configured
 * date), resuming one whose opening failed, and a unit's deadline extension. One campaign per year:
 * it is created conditionally, with the intent to start its deterministic execution in the same
 * transaction.
 */
export function campaignService(deps: Pick<InspectionDeps, "inspection" | "audit" | "tx" | "effects" | "clock" | "schedule">) {
  const { inspection, audit, tx, effects, clock, schedule } = deps;

  /** A new campaign with its first record, in one transaction with the start of its execution. */
  async function create(year: number, deadline: string, graceDays: number, actor: AuditActor, trigger: Campaign["trigger"]): Promise<Campaign> {
    const at = clock.now().toISOString();
    const executionName = campaignExecutionName(year);
    const draft: Campaign = { year, status: "opening", deadline, graceDays, startedAt: at, startedBy: actor.id, startedByName: actor.name, trigger, executionName, auditSeq: 0, auditHead: GENESIS_HASH, updatedAt: at };
    const { entity: campaign, audit: record } = appendToChain(draft, campaignEntityId(year), actor, "campaign_started", { year, deadline, graceDays, trigger }, at);
    const start = inspectionStartEvent(effects, executionName, { year, trigger });
    try {
      await tx.commit([inspection.writeCampaign(campaign), audit.appendAudit(record), effects.record(start)]);
    } catch (error) {
      if (error instanceof StoreConflict) throw fail("CAMPAIGN_EXISTS", `${year} 年度检查已发起，不能重复发起`);
      throw error;
    }
    await effects.run([start]);
    return campaign;
  }

  async function requireCampaign(year: number): Promise<Campaign> {
    const campaign = Number.isInteger(year) ? await inspection.getCampaign(year) : undefined;
    if (!campaign) throw fail("CAMPAIGN_NOT_FOUND");
    return campaign;
  }

  return {
    requireCampaign,

    /** 发起年度检查 (admins): the year being inspected and the deadline for reports. */
    async start(actor: Actor, body: unknown): Promise<Campaign> {
      requireRole(actor, "admin");
      const input = parseOrThrow(campaignInputSchema, body, CAMPAIGN_FIELD_LABELS);
      const today = shanghaiDate(clock.now());
      const thisYear = yearInShanghai(clock.now().toISOString());
      if (input.year > thisYear || input.year < thisYear - 1) throw fieldError("year", "OUT_OF_RANGE", `检查年度应为 ${thisYear - 1} 或 ${thisYear} 年`);
      if (input.deadline <= today) throw fieldError("deadline", "NOT_IN_FUTURE", "提交截止日期应晚于今天");
      if (input.deadline > addDays(today, 120)) throw fieldError("deadline", "TOO_FAR", "提交截止日期应在 120 天以内");
      return create(input.year, input.deadline, input.graceDays ?? schedule.graceDays, { id: actor.personId, name: actor.name }, "admin");
    },

    /**
     * The local runtime's yearly trigger (in AWS, EventBridge starts the state machine): on the
     * configured day, or within the catch-up window after it for a runtime that was down that day.
     */
    async scheduleTick(): Promise<Campaign | undefined> {
      const now = clock.now();
      const year = yearInShanghai(now.toISOString());
      const today = shanghaiDate(now);
      const opensOn = openDateOf(year, schedule);
      if (today < opensOn || today > addDays(opensOn, schedule.catchUpDays) || (await inspection.getCampaign(year))) return undefined;
      try {
        return await create(year, defaultDeadlineOf(year, schedule), schedule.graceDays, SYSTEM_ACTOR, "schedule");
      } catch (error) {
        if ((error as { code?: string }).code === "CAMPAIGN_EXISTS") return undefined;
        throw error;
      }
    },

    /** 继续开启 (admins): a new execution for an opening that failed; what it had written and mailed is kept and not done again. */
    async resume(actor: Actor, year: number): Promise<Campaign> {
      requireRole(actor, "admin");
      const current = await requireCampaign(year);
      if (current.status !== "opening" || !current.failure) throw fail("CAMPAIGN_NOT_STALLED");
      const at = clock.now().toISOString();
      const restarts = (current.restarts ?? 0) + 1;
      const executionName = campaignExecutionName(year, restarts);
      const moved: Campaign = { ...current, restarts, executionName, failure: undefined, updatedAt: at };
      const { entity: campaign, audit: record } = appendToChain(moved, campaignEntityId(year), { id: actor.personId, name: actor.name }, "campaign_resumed", { restarts, after: current.failure.error }, at);
      const start = inspectionStartEvent(effects, executionName, { year, trigger: "admin" });
      try {
        await tx.commit([inspection.writeCampaign(campaign, current.auditSeq), audit.appendAudit(record), effects.record(start)]);
      } catch (error) {
        if (error instanceof StoreConflict) throw fail("CONCURRENT_UPDATE");
        throw error;
      }
      await effects.run([start]);
      return campaign;
    },

    /** Extends one unit's deadline (admins), recorded on the campaign's chain; reminders follow the new date. */
    async extendDeadline(actor: Actor, year: number, unitId: string, body: unknown) {
      requireRole(actor, "admin");
      const { deadline, reason } = parseOrThrow(deadlineInputSchema, body, DEADLINE_FIELD_LABELS);
      const campaign = await requireCampaign(year);
      const unit = await inspection.getUnitProgress(year, unitId);
      if (!unit) throw fail("UNIT_NOT_IN_CAMPAIGN");
      const today = shanghaiDate(clock.now());
      if (unit.settledFor === unit.deadline) throw fail("DEADLINE_SETTLED");
      if (deadline <= unit.deadline || deadline <= today) throw fieldError("deadline", "NOT_LATER", `新的截止日期应晚于当前截止日期（${unit.deadline}）和今天`);
      if (deadline > addDays(unit.deadline, 90)) throw fieldError("deadline", "TOO_FAR", "一次最多延期 90 天");
      const at = clock.now().toISOString();
      const moved = { ...unit, deadline, extendedAt: at, extendedBy: actor.name, extendReason: reason, updatedAt: at };
      const next = { ...moved, dueOn: nextUnitDue(moved, today, schedule) };
      const { entity, audit: record } = appendToChain({ ...campaign, updatedAt: at }, campaignEntityId(year), { id: actor.personId, name: actor.name }, "deadline_extended", { unitId, from: unit.deadline, to: deadline, reason }, at);
      try {
        await tx.commit([inspection.writeUnitDeadline(next, { deadline: unit.deadline, dueOn: unit.dueOn }), inspection.writeCampaign(entity, campaign.auditSeq), audit.appendAudit(record)]);
      } catch (error) {
        if (error instanceof StoreConflict) throw fail("CONCURRENT_UPDATE");
        throw error;
      }
      return next;
    },

    async history(actor: Actor, year: number) {
      requireRole(actor, "admin");
      await requireCampaign(year);
      return audit.listAudit(campaignEntityId(year));
    },
  };
}

export type CampaignService = ReturnType<typeof campaignService>;
