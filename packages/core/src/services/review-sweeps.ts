import { hasRole } from "../people.js";
import { StoreConflict, type Deps } from "../ports.js";
import type { ReviewTask } from "../review-task.js";
import { appendAudit, SYSTEM_ACTOR } from "./audit-append.js";
import { escalationMail, reviewersOf, reviewReminderMail } from "./upkeep-emails.js";
import { upkeepConfig, upkeepStore } from "./upkeep-deps.js";

const HOUR_MS = 3_600_000;

/**
 * Reviews that keep moving: reminds reviewers of decisions pending longer than
 * `reminderAfterHours` (again each interval) and escalates, once, to the admins those older than
 * `escalateAfterHours`. Run by a timer locally and by an EventBridge schedule in AWS; safe to run
 * concurrently and repeatedly (each mail is claimed by a conditional write first).
 */
export function reviewSweeps(deps: Deps) {
  const { store, mailer, clock, config, log } = deps;
  const { reminderAfterHours, escalateAfterHours } = upkeepConfig(config);

  async function openFiling(task: ReviewTask) {
    const filing = await store.getFiling(task.itemId);
    // A task left pending by an older round or stage is not the review anyone waits for.
    const current = filing && filing.status === "in_review" && filing.round === task.round && filing.stage === task.stage;
    return current ? filing : undefined;
  }

  const unitName = async (unitId: string) => (await store.getUnit(unitId))?.name ?? unitId;

  async function remind(task: ReviewTask, now: Date): Promise<boolean> {
    const filing = await openFiling(task);
    if (!filing) return false;
    const upkeep = upkeepStore(deps);
    const at = now.toISOString();
    if (!(await upkeep.claimReminder(task, at, task.remindedAt))) return false;
    const name = await unitName(filing.unitId);
    try {
      for (const reviewer of reviewersOf(task)) await mailer.send(reviewReminderMail(reviewer, task, filing, name, config.baseUrl, now));
      return true;
    } catch (error) {
      await upkeep.releaseReminder(task, at, task.remindedAt);
      log.error("review reminder not sent; the next sweep retries", { itemId: task.itemId, stage: task.stage, error: String(error) });
      return false;
    }
  }

  async function escalate(task: ReviewTask, now: Date): Promise<boolean> {
    const filing = await openFiling(task);
    if (!filing) return false;
    const upkeep = upkeepStore(deps);
    const at = now.toISOString();
    const next = appendAudit(
      filing,
      SYSTEM_ACTOR,
      "review_escalated",
      { round: task.round, stage: task.stage, reviewerName: task.reviewerName, pendingSince: task.createdAt },
      at,
    );
    try {
      await upkeep.commitEscalation(task, at, { ...next, expectedAuditSeq: filing.auditSeq });
    } catch (error) {
      // Escalated by a concurrent sweep, decided meanwhile, or the filing moved on: the next run re-reads.
      if (error instanceof StoreConflict) return false;
      throw error;
    }
    const admins = (await store.listPeople()).filter((p) => hasRole(p, "admin"));
    if (admins.length === 0) log.warn("review escalated but there is no active admin to tell", { itemId: task.itemId, stage: task.stage });
    const name = await unitName(filing.unitId);
    for (const admin of admins) {
      try {
        await mailer.send(escalationMail(admin.email, admin.name, task, next.filing, name, config.baseUrl, now));
      } catch (error) {
        // The escalation stands in the audit record; one admin's bounced mail must not stop the others.
        log.error("escalation mail not sent", { itemId: task.itemId, admin: admin.personId, error: String(error) });
      }
    }
    return true;
  }

  return {
    async run(): Promise<{ reminded: number; escalated: number }> {
      const now = clock.now();
      const ageOf = (task: ReviewTask) => now.getTime() - Date.parse(task.createdAt);
      const youngest = Math.min(reminderAfterHours, escalateAfterHours) * HOUR_MS;
      const tasks = await upkeepStore(deps).listPendingTasksOpenedBefore(new Date(now.getTime() - youngest).toISOString());
      let reminded = 0;
      let escalated = 0;
      for (const task of tasks) {
        try {
          if (!task.escalatedAt && ageOf(task) >= escalateAfterHours * HOUR_MS && (await escalate(task, now))) escalated++;
          // A reassigned task is new to its reviewers: their reminder clock starts at the reassignment.
          const waiting = now.getTime() - Date.parse(task.reassignedAt ?? task.createdAt);
          const sinceReminder = task.remindedAt ? now.getTime() - Date.parse(task.remindedAt) : Infinity;
          if (waiting >= reminderAfterHours * HOUR_MS && sinceReminder >= reminderAfterHours * HOUR_MS && (await remind(task, now))) reminded++;
        } catch (error) {
          // One broken task must not starve the rest of the queue.
          log.error("review sweep failed on a task", { itemId: task.itemId, stage: task.stage, error: String(error) });
        }
      }
      return { reminded, escalated };
    },
  };
}

export type ReviewSweeps = ReturnType<typeof reviewSweeps>;
