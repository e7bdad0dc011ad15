import { hasRole } from "../directory/people.js";
import { SYSTEM_ACTOR } from "../shared/actors.js";
import { fail } from "../shared/errors.js";
import { StoreConflict } from "../shared/ports.js";
import type { ReviewAssignment } from "./review-assignment.js";
import { priorDecisions, toAssignee } from "./review-assignment.js";
import type { ReviewDeps } from "./review-deps.js";
import { mailLinksEvent } from "./review-events.js";
import { unassignedMail } from "./review-mails.js";
import { commitReviewStep } from "./review-steps.js";
import type { OpenStageRequest, ReviewTask } from "./review-task.js";
import type { TaskDelivery } from "./task-delivery.js";

/**
 * Called by the workflow's wait state. Idempotent per item, round and stage: a retry, a resumed or a
 * restarted execution reuses the task (rebinding the new token), hands back a decision already
 * made, and never mails a reviewer a second, different link.
 */
export function stageOpening(deps: ReviewDeps, assignment: ReviewAssignment, delivery: TaskDelivery) {
  const { reviews, kinds, directory, effects, clock, config } = deps;

  async function resume(existing: ReviewTask, taskToken: string) {
    if (existing.taskToken !== taskToken) await reviews.rebindTaskToken(existing, taskToken);
    const task = { ...existing, taskToken };
    // A decision made before this execution waited (a restart, a retry) is handed to it at once.
    if (task.status === "decided") return delivery.deliver(task);
    // Mailed to nobody yet, or not marked (a kill between sending and marking): mail what is missing.
    // The links are derived, so a re-sent mail carries the link the reviewer may already have.
    if (task.status === "pending" && !task.mailedAt && (task.assignees?.length ?? 1) > 0) {
      const kind = kinds.require(task.kind);
      const subject = await kind.load(task.itemId);
      if (subject && subject.state.round === task.round) await assignment.mailMissing(task, kind, subject, priorDecisions(await reviews.listTasks(task.itemId)));
    }
  }

  return async function openStage(request: OpenStageRequest): Promise<void> {
    const { itemId, round, stage, taskToken } = request;
    const kind = kinds.require(request.kind);
    const existing = await reviews.getTask(itemId, round, stage);
    if (existing) return resume(existing, taskToken);
    const subject = await kind.load(itemId);
    const state = subject?.state;
    if (!subject || !state || state.round !== round || state.status !== "in_review" || state.stage !== stage) {
      throw fail("STALE_REVIEW_STAGE", `no open ${stage} stage for ${request.kind} ${itemId} round ${round}`);
    }
    const tasks = await reviews.listTasks(itemId);
    const prior = priorDecisions(tasks);
    const chain = await assignment.roundChain(kind, subject, tasks);
    const assignees = await assignment.assigneesFor(kind, stage, chain, subject, prior);
    const now = clock.now().toISOString();
    const [primary] = assignees;
    const base = { kind: kind.kind, itemId, round, stage, version: 1 };
    const task: ReviewTask = {
      ...base,
      status: "pending",
      reviewerId: primary?.personId ?? "",
      reviewerName: primary?.name ?? "（待指定）",
      reviewerEmail: primary?.email ?? "",
      taskToken,
      linkHash: await assignment.versionHash(base, primary?.personId),
      linkExpiresAt: assignment.linkExpiry(now),
      createdAt: now,
      assignees: assignees.map(toAssignee),
      chain,
      // Nobody may decide it: the admins are told at once, which is the escalation.
      ...(primary ? {} : { escalatedAt: now }),
    };
    let events = primary ? [mailLinksEvent(effects, task)] : [];
    if (!primary) {
      const item = await assignment.mailItem(kind, subject);
      const admins = (await directory.listPeople()).filter((p) => hasRole(p, "admin"));
      const href = `${config.baseUrl}/#/review-chains`;
      events = admins.map((admin) => effects.mail(unassignedMail(admin, stage, item, href)));
    }
    const details = primary
      ? { round, stage, reviewerName: assignees.map((a) => a.name).join("、"), reviewerIds: assignees.map((a) => a.personId) }
      : { round, stage, reason: "no_eligible_reviewer", chain: chain.stages[stage] };
    try {
      const step = await commitReviewStep(deps, kind, subject, {
        action: primary ? "review_assigned" : "review_unassigned",
        actor: SYSTEM_ACTOR,
        details,
        at: now,
        writes: [reviews.openTask(task)],
        events,
      });
      await effects.run(step.events);
    } catch (error) {
      // A concurrent invocation opened it first; that one mails the reviewers.
      if (error instanceof StoreConflict) return;
      throw error;
    }
  };
}
