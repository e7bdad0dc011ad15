import { hasRole } from "../directory/people.js";
import { SYSTEM_ACTOR } from "../shared/actors.js";
import { StoreConflict } from "../shared/ports.js";
import type { ReviewKind, ReviewSubject } from "./kind.js";
import type { ReviewAssignment } from "./review-assignment.js";
import type { ReviewDeps } from "./review-deps.js";
import { escalationMail, reviewReminderMail } from "./review-mails.js";
import { commitReviewStep } from "./review-steps.js";
import { assigneesOf, isUnassigned, type ReviewTask } from "./review-task.js";

const HOUR_MS = 3_600_000;

export const REVIEW_SWEEP_DEFAULTS = { reminderAfterHours: 48, escalateAfterHours: 120 } as const;

/**
 * Reviews that keep moving: reminds reviewers of decisions pending longer than
 * `reminderAfterHours` (again each interval) and escalates, once, to the admins those older than
 * `escalateAfterHours`. Run by a timer locally and by an EventBridge schedule in AWS; safe to run
 * concurrently and repeatedly (each mail is claimed by a conditional write first).
 */
export function reviewSweeps(deps: ReviewDeps, assignment: ReviewAssignment) {
  const { reviews, directory, kinds, effects, mailer, clock, config, log } = deps;
  const reminderAfterHours = config.reminderAfterHours ?? REVIEW_SWEEP_DEFAULTS.reminderAfterHours;
  const escalateAfterHours = config.escalateAfterHours ?? REVIEW_SWEEP_DEFAULTS.escalateAfterHours;

  /** The item, if this task is still the one its review waits on (not an older round's or stage's). */
  async function openItem(task: ReviewTask): Promise<{ kind: ReviewKind; subject: ReviewSubject } | undefined> {
    const kind = kinds.get(task.kind);
    const subject = kind ? await kind.load(task.itemId) : undefined;
    const state = subject?.state;
    const current = state && state.status === "in_review" && state.round === task.round && state.stage === task.stage;
    return current ? { kind: kind!, subject: subject! } : undefined;
  }

  async function remind(task: ReviewTask, now: Date): Promise<boolean> {
    const open = await openItem(task);
    if (!open) return false;
    const at = now.toISOString();
    if (!(await reviews.claimReminder(task, at, task.remindedAt))) return false;
    const item = await assignment.mailItem(open.kind, open.subject);
    try {
      for (const reviewer of assigneesOf(task)) await mailer.send(reviewReminderMail(reviewer, task, item, config.baseUrl, now));
      return true;
    } catch (error) {
      await reviews.releaseReminder(task, at, task.remindedAt);
      log.error("review reminder not sent; the next sweep retries", { itemId: task.itemId, stage: task.stage, error: String(error) });
      return false;
    }
  }

  async function escalate(task: ReviewTask, now: Date): Promise<boolean> {
    const open = await openItem(task);
    if (!open) return false;
    const at = now.toISOString();
    const item = await assignment.mailItem(open.kind, open.subject);
    const admins = (await directory.listPeople()).filter((p) => hasRole(p, "admin"));
    if (admins.length === 0) log.warn("review escalated but there is no active admin to tell", { itemId: task.itemId, stage: task.stage });
    const href = `${config.baseUrl}/${open.kind.pagePath(open.subject)}`;
    try {
      const step = await commitReviewStep(deps, open.kind, open.subject, {
        action: "review_escalated",
        actor: SYSTEM_ACTOR,
        details: { round: task.round, stage: task.stage, reviewerName: task.reviewerName, pendingSince: task.createdAt },
        at,
        writes: [reviews.escalateTask(task, at)],
        events: admins.map((admin) => effects.mail(escalationMail(admin, task, item, href, now))),
      });
      await effects.run(step.events);
    } catch (error) {
      // Escalated by a concurrent sweep, decided meanwhile, or the item moved on: the next run re-reads.
      if (error instanceof StoreConflict) return false;
      throw error;
    }
    return true;
  }

  return {
    async run(): Promise<{ reminded: number; escalated: number }> {
      const now = clock.now();
      const ageOf = (task: ReviewTask) => now.getTime() - Date.parse(task.createdAt);
      const youngest = Math.min(reminderAfterHours, escalateAfterHours) * HOUR_MS;
      const tasks = await reviews.listPendingTasks(new Date(now.getTime() - youngest).toISOString());
      let reminded = 0;
      let escalated = 0;
      for (const task of tasks) {
        try {
          // A task nobody may decide was escalated when it opened; there is no reviewer to remind.
          if (isUnassigned(task)) continue;
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
