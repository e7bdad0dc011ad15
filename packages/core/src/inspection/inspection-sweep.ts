import { addDays, daysUntil } from "../custody/contract-watch.js";
import { SYSTEM_ACTOR } from "../shared/actors.js";
import { appendToChain } from "../shared/audit-chain.js";
import { StoreConflict, type TxWrite } from "../shared/ports.js";
import { shanghaiDate } from "../shared/time.js";
import type { AnnualReport } from "./annual-report.js";
import type { Campaign } from "./campaign.js";
import type { InspectionDeps } from "./inspection-deps.js";
import { overdueMail, reminderMail } from "./inspection-mails.js";
import { markReminded, nextUnitDue, reminderDue } from "./inspection-schedule.js";
import { progressDelta, type UnitProgress } from "./progress.js";
import { unitRecipients } from "./recipients.js";
import type { Sanctions } from "./sanctions.js";

const PAGE = 100;

export interface SweepResult {
  reminded: number;
  suspended: number;
  cancelled: number;
  checked: number;
}

/**
 * The inspection's daily sweep: it reads only what is due (units by the day their next reminder or
 * their deadline falls due, suspended reports by the day their grace period ends), never the
 * register. Reminders 7 and 1 days before a unit's deadline go to units with reports not submitted;
 * the day after the deadline, reports not submitted are suspended (one mail per unit); the day after
 * a grace period, an account without an approved rectification is cancelled. Each step is a
 * transaction conditioned on what was read, so an overlapping sweep does nothing twice.
 */
export function inspectionSweep(deps: Pick<InspectionDeps, "inspection" | "accounts" | "directory" | "audit" | "tx" | "effects" | "clock" | "config" | "schedule" | "log">, sanctions: Sanctions) {
  const { inspection, accounts, directory, audit, tx, effects, clock, config, schedule, log } = deps;

  /** One report's change with its record on the report's chain, the account's writes and mails. */
  async function commitReport(report: AnnualReport, patch: Partial<AnnualReport>, action: string, details: Record<string, unknown>, writes: TxWrite[], events: ReturnType<typeof effects.mail>[] = []) {
    const at = clock.now().toISOString();
    const { entity: next, audit: record } = appendToChain({ ...report, ...patch, updatedAt: at }, report.reportId, SYSTEM_ACTOR, action, details, at);
    await tx.commit([inspection.writeReport(next, { auditSeq: report.auditSeq, status: report.status }, progressDelta(report, next)), audit.appendAudit(record), ...writes, ...events.map((e) => effects.record(e))]);
    await effects.run(events);
    return next;
  }

  async function unitReports(unit: UnitProgress): Promise<AnnualReport[]> {
    const reports: AnnualReport[] = [];
    let after: string | undefined;
    do {
      const page = await inspection.listUnitReports(unit.year, unit.unitId, 500, after);
      reports.push(...page.reports);
      after = page.last;
    } while (after);
    return reports;
  }

  /** The day after the deadline: every report not submitted (or returned and not resubmitted) suspends its account. */
  async function settle(unit: UnitProgress, campaign: Campaign, today: string): Promise<number> {
    const at = clock.now().toISOString();
    let suspended = 0;
    const reports = await unitReports(unit);
    const overdue = reports.filter((r) => (r.status === "pending" || r.status === "returned") && r.outcome === "open");
    const found = await accounts.getAccounts(overdue.map((r) => r.accountId));
    for (const report of overdue) {
      const account = found.find((a) => a.accountId === report.accountId);
      const sanction = await sanctions.suspend(report, account, "overdue", { at, actor: SYSTEM_ACTOR, graceDays: campaign.graceDays, mail: false });
      try {
        await commitReport(report, sanction.patch, "report_overdue", { deadline: unit.deadline, outcome: sanction.patch.outcome }, sanction.writes);
        suspended++;
      } catch (error) {
        if (!(error instanceof StoreConflict)) throw error;
        // Submitted, or moved by another sweep, after it was read: the next run looks again.
      }
    }
    const all = (await unitReports(unit)).filter((r) => r.suspendReason === "overdue" && r.outcome === "suspended");
    const names = await accounts.getAccounts(all.map((r) => r.accountId));
    const unitInfo = await directory.getUnit(unit.unitId);
    const graceUntil = addDays(today, campaign.graceDays);
    const mails = names.length
      ? (await unitRecipients(directory, unit.unitId)).map((r) => effects.mail(overdueMail(r.email, r.name, unitInfo?.name ?? unit.unitId, unit.year, unit.deadline, all[0]?.graceUntil ?? graceUntil, names, config.baseUrl)))
      : [];
    const next = { ...unit, settledFor: unit.deadline, updatedAt: at };
    await tx.commit([inspection.writeUnitDeadline({ ...next, dueOn: nextUnitDue(next, today, schedule) }, { deadline: unit.deadline, dueOn: unit.dueOn }), ...mails.map((m) => effects.record(m))]);
    await effects.run(mails);
    return suspended;
  }

  async function remind(unit: UnitProgress, days: number, today: string): Promise<boolean> {
    const at = clock.now().toISOString();
    const pending = unit.counts.unsubmitted;
    const unitInfo = pending > 0 ? await directory.getUnit(unit.unitId) : undefined;
    const daysLeft = daysUntil(unit.deadline, clock.now());
    const mails = pending > 0 ? (await unitRecipients(directory, unit.unitId)).map((r) => effects.mail(reminderMail(r.email, r.name, unitInfo?.name ?? unit.unitId, unit.year, unit.deadline, daysLeft, pending, config.baseUrl))) : [];
    const next = { ...unit, reminded: markReminded(unit, days, schedule), updatedAt: at };
    await tx.commit([inspection.writeUnitDeadline({ ...next, dueOn: nextUnitDue(next, today, schedule) }, { deadline: unit.deadline, dueOn: unit.dueOn }), ...mails.map((m) => effects.record(m))]);
    await effects.run(mails);
    return mails.length > 0;
  }

  async function graceEnded(report: AnnualReport, today: string): Promise<"cancelled" | "waiting" | "skipped"> {
    if (report.outcome !== "suspended") return "skipped";
    // A rectification in review is judged by its review (which cancels at once if it fails late).
    if (report.status === "in_review") {
      const at = clock.now().toISOString();
      const next = { ...report, graceCheckOn: addDays(today, 1), updatedAt: at };
      await tx.commit([inspection.writeReport(next, { auditSeq: report.auditSeq, status: report.status }, {})]);
      return "waiting";
    }
    const account = await accounts.getAccount(report.accountId);
    const sanction = await sanctions.cancel(report, account, clock.now().toISOString(), SYSTEM_ACTOR);
    await commitReport(report, sanction.patch, "grace_ended", { graceUntil: report.graceUntil, outcome: sanction.patch.outcome }, sanction.writes, sanction.events);
    return sanction.patch.outcome === "cancelled" ? "cancelled" : "skipped";
  }

  return {
    async run(): Promise<SweepResult> {
      const today = shanghaiDate(clock.now());
      const result: SweepResult = { reminded: 0, suspended: 0, cancelled: 0, checked: 0 };
      const campaigns = new Map<number, Campaign | undefined>();
      const campaignOf = async (year: number) => {
        if (!campaigns.has(year)) campaigns.set(year, await inspection.getCampaign(year));
        return campaigns.get(year);
      };

      let after: string | undefined;
      do {
        const page = await inspection.listUnitsDue(today, PAGE, after);
        for (const unit of page.units) {
          result.checked++;
          const campaign = await campaignOf(unit.year);
          if (campaign?.status !== "open") continue;
          try {
            if (today > unit.deadline && unit.settledFor !== unit.deadline) {
              result.suspended += await settle(unit, campaign, today);
              continue;
            }
            const days = reminderDue(unit, today, schedule);
            if (days !== undefined) {
              if (await remind(unit, days, today)) result.reminded++;
              continue;
            }
            const dueOn = nextUnitDue(unit, today, schedule);
            if (dueOn !== unit.dueOn) await tx.commit([inspection.writeUnitDeadline({ ...unit, dueOn }, { deadline: unit.deadline, dueOn: unit.dueOn })]);
          } catch (error) {
            if (!(error instanceof StoreConflict)) throw error;
            // Extended or handled by another sweep meanwhile: it is looked at again when next due.
          }
        }
        after = page.last;
      } while (after);

      after = undefined;
      do {
        const page = await inspection.listGraceDue(today, PAGE, after);
        for (const report of page.reports) {
          result.checked++;
          try {
            if ((await graceEnded(report, today)) === "cancelled") result.cancelled++;
          } catch (error) {
            if (!(error instanceof StoreConflict)) throw error;
          }
        }
        after = page.last;
      } while (after);
      if (result.reminded || result.suspended || result.cancelled) log.info("inspection sweep", { ...result });
      return result;
    },
  };
}

export type InspectionSweep = ReturnType<typeof inspectionSweep>;
