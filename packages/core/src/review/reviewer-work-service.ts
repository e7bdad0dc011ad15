import { requireRole } from "../directory/access.js";
import { commitDirectory } from "../directory/directory-audit.js";
import { hasRole, type Actor, type Person } from "../directory/people.js";
import { fail, fieldError } from "../shared/errors.js";
import { StoreConflict } from "../shared/ports.js";
import { dateInShanghai } from "../shared/time.js";
import { parseOrThrow } from "../shared/validation.js";
import type { ReviewKind, ReviewSubject } from "./kind.js";
import { priorDecisions, toAssignee, type ReviewAssignment } from "./review-assignment.js";
import type { ReviewDeps } from "./review-deps.js";
import { mailLinksEvent } from "./review-events.js";
import { DELEGATION_FIELD_LABELS, delegationInputSchema, REASSIGN_FIELD_LABELS, reassignInputSchema } from "./review-input.js";
import { activeDeputyId, type ReviewLink } from "./review-link.js";
import { mayReview } from "./review-rules.js";
import { commitReviewStep } from "./review-steps.js";
import { assigneesOf, isUnassigned, type ReviewTask } from "./review-task.js";
import { isStage } from "./stages.js";

const taskKey = (l: { itemId: string; round: number; stage: string }) => `${l.itemId}#${l.round}#${l.stage}`;

/** A reviewer's work beyond the emailed link: 待我审核, delegation (代签); and the admin's reassignment. */
export function reviewerWorkService(deps: ReviewDeps, assignment: ReviewAssignment) {
  const { reviews, directory, kinds, effects, clock } = deps;

  async function unitNames(unitIds: string[]) {
    const units = await directory.getUnits([...new Set(unitIds)]);
    return new Map(units.map((u) => [u.unitId, u.name]));
  }

  /** The item a task belongs to, if the task is still the one its round waits on. */
  async function currentItem(task: ReviewTask): Promise<{ kind: ReviewKind; subject: ReviewSubject } | undefined> {
    const kind = kinds.get(task.kind);
    const subject = kind ? await kind.load(task.itemId) : undefined;
    if (!kind || !subject || subject.state.round !== task.round || subject.state.status !== "in_review") return undefined;
    return { kind, subject };
  }

  /** Open links whose task still waits on them, one per task (a reviewer may hold an old and a new link). */
  async function liveLinks(personId: string) {
    const now = clock.now().toISOString();
    const byTask = new Map<string, ReviewLink>();
    for (const link of await reviews.listOpenLinks(personId)) byTask.set(taskKey(link), link);
    const rows = await Promise.all(
      [...byTask.values()].map(async (link) => {
        const task = await reviews.getTask(link.itemId, link.round, link.stage);
        if (!task || task.status !== "pending" || task.linkHash !== link.taskVersion) return undefined;
        if (link.onBehalfOfId) {
          const delegator = await directory.getPerson(link.onBehalfOfId);
          if (!delegator || activeDeputyId(delegator, now) !== personId) return undefined;
        }
        const item = await currentItem(task);
        return item ? { link, task, ...item } : undefined;
      }),
    );
    return rows.filter((r) => !!r);
  }

  /**
   * Links for a new deputy on the delegator's pending tasks. Read from the tasks, not the delegator's
   * links: a stage opened a moment ago may not have issued those yet, and its mailing may have read
   * the delegator before this change — then only this sees the task, and it is the one to mail.
   */
  async function deputyLinksForPending(delegator: Person) {
    const own = (await reviews.listPendingTasks()).filter((task) => assigneesOf(task).some((a) => a.personId === delegator.personId));
    for (const task of own) {
      const item = await currentItem(task);
      if (!item) continue;
      const { kind, subject } = item;
      const prior = priorDecisions(await reviews.listTasks(task.itemId));
      const deputy = (await assignment.recipientsOf(task, subject, prior)).find((r) => r.onBehalfOf?.id === delegator.personId);
      if (deputy) await assignment.issueLink(task, await assignment.mailItem(kind, subject), deputy);
    }
  }

  return {
    /** 待我审核: the reviewer's pending tasks, oldest first, each opening the same confirm page. */
    async inbox(actor: Actor) {
      requireRole(actor, "reviewer");
      const rows = await liveLinks(actor.personId);
      const names = await unitNames(rows.map((r) => r.subject.state.unitId));
      return rows
        .map(({ link, task, kind, subject }) => ({
          itemId: task.itemId,
          kind: kind.kind,
          kindLabel: kind.label,
          title: kind.title(subject),
          unitName: names.get(subject.state.unitId) ?? subject.state.unitId,
          round: task.round,
          stage: task.stage,
          since: task.reassignedAt ?? task.createdAt,
          onBehalfOfName: link.onBehalfOfName,
          href: `/review/mine/${encodeURIComponent(kind.kind)}/${encodeURIComponent(task.itemId)}/${task.stage}`,
        }))
        .sort((a, b) => a.since.localeCompare(b.since));
    },

    /** Reviewers one may name as deputy or reassign to: names and units only. */
    async listReviewers(actor: Actor) {
      if (!hasRole(actor, "reviewer") && !hasRole(actor, "admin")) throw fail("ROLE_REQUIRED", "无权查看审核人员");
      const people = (await directory.listPeople()).filter((p) => hasRole(p, "reviewer"));
      const names = await unitNames(people.map((p) => p.unitId));
      return people.map((p) => ({ personId: p.personId, name: p.name, unitName: names.get(p.unitId) ?? "" }));
    },

    /** Every pending review task of any kind, for the admin to reassign; those with nobody assigned first. */
    async pendingTasks(actor: Actor) {
      requireRole(actor, "admin");
      const rows = await Promise.all(
        (await reviews.listPendingTasks()).map(async (task) => {
          const item = await currentItem(task);
          return item ? { task, ...item } : undefined;
        }),
      );
      const live = rows.filter((r) => !!r);
      const names = await unitNames(live.map((r) => r.subject.state.unitId));
      return live
        .map(({ task, kind, subject }) => ({
          itemId: task.itemId,
          kind: kind.kind,
          kindLabel: kind.label,
          title: kind.title(subject),
          pagePath: kind.pagePath(subject),
          unitName: names.get(subject.state.unitId) ?? subject.state.unitId,
          round: task.round,
          stage: task.stage,
          since: task.createdAt,
          unassigned: isUnassigned(task),
          assignees: assigneesOf(task).map((a) => ({ personId: a.personId, name: a.name })),
        }))
        .sort((a, b) => Number(b.unassigned) - Number(a.unassigned) || a.since.localeCompare(b.since));
    },

    /** Hands a pending task to another reviewer: the old links die (new version), the new reviewer is emailed. */
    async reassign(actor: Actor, rawKind: string, itemId: string, rawStage: string, body: unknown): Promise<ReviewTask> {
      requireRole(actor, "admin");
      const kind = kinds.get(rawKind);
      const subject = kind ? await kind.load(itemId) : undefined;
      if (!kind || !subject) throw fail("ITEM_NOT_FOUND");
      if (!isStage(rawStage)) throw fail("STAGE_NOT_FOUND");
      const input = parseOrThrow(reassignInputSchema, body, REASSIGN_FIELD_LABELS);
      const task = await reviews.getTask(itemId, subject.state.round, rawStage);
      if (!task || task.status !== "pending" || subject.state.status !== "in_review") throw fail("TASK_NOT_PENDING");
      const target = await directory.getPerson(input.reviewerId);
      if (!target || !hasRole(target, "reviewer")) throw fieldError("reviewerId", "NOT_A_REVIEWER", "新审核人须为在用的审核人员");
      const prior = priorDecisions(await reviews.listTasks(itemId));
      if (!mayReview(target.personId, rawStage, subject.state.submittedBy, prior)) {
        throw fieldError("reviewerId", "SEPARATION_OF_DUTIES", "该人员提交了本事项或已审核其他环节，不能审核此环节");
      }
      const before = assigneesOf(task);
      if (before.length === 1 && before[0].personId === target.personId) throw fail("ALREADY_ASSIGNED");

      const now = clock.now().toISOString();
      const version = (task.version ?? 1) + 1;
      const next: ReviewTask = {
        ...task,
        version,
        reviewerId: target.personId,
        reviewerName: target.name,
        reviewerEmail: target.email,
        assignees: [toAssignee(target)],
        linkHash: await assignment.versionHash({ ...task, version }, target.personId),
        linkExpiresAt: assignment.linkExpiry(now),
        mailedAt: undefined,
        reassignedAt: now,
      };
      const details = { round: task.round, stage: rawStage, from: before.map((a) => a.name).join("、") || "（无）", to: target.name, toId: target.personId, reason: input.reason };
      try {
        const step = await commitReviewStep(deps, kind, subject, {
          action: "review_reassigned",
          actor: { id: actor.personId, name: actor.name },
          details,
          at: now,
          writes: [reviews.reassignTask(next, task.linkHash)],
          events: [mailLinksEvent(effects, next)],
        });
        await assignment.closeTaskLinks(task);
        await effects.run(step.events);
      } catch (error) {
        if (error instanceof StoreConflict) throw fail("TASK_CHANGED");
        throw error;
      }
      return next;
    },

    async delegation(actor: Actor) {
      requireRole(actor, "reviewer");
      const deputy = actor.deputyId ? await directory.getPerson(actor.deputyId) : undefined;
      return {
        deputy: deputy ? { personId: deputy.personId, name: deputy.name } : undefined,
        until: actor.deputyUntil,
        inForce: !!deputy && activeDeputyId(actor, clock.now().toISOString()) === deputy.personId && deputy.active,
      };
    },

    /** Names a deputy; links for this reviewer's tasks (pending ones included) also go to the deputy. */
    async setDelegation(actor: Actor, body: unknown) {
      requireRole(actor, "reviewer");
      const { deputyId, until } = parseOrThrow(delegationInputSchema, body, DELEGATION_FIELD_LABELS);
      const now = clock.now().toISOString();
      if (deputyId === actor.personId) throw fieldError("deputyId", "SELF", "不能指定本人为代签人");
      const deputy = await directory.getPerson(deputyId);
      if (!deputy || !hasRole(deputy, "reviewer")) throw fieldError("deputyId", "NOT_A_REVIEWER", "代签人须为在用的审核人员");
      if (until && until < dateInShanghai(now)) throw fieldError("until", "IN_THE_PAST", "截止日期不能早于今天");
      const person: Person = { ...actor, deputyId, deputyUntil: until };
      const details = { personId: actor.personId, deputyId, deputyName: deputy.name, until };
      await commitDirectory(deps, { id: actor.personId, name: actor.name }, "delegation_set", details, now, [directory.putPerson(person)]);
      await deputyLinksForPending(person);
      return { deputy: { personId: deputy.personId, name: deputy.name }, until, inForce: true };
    },

    async clearDelegation(actor: Actor) {
      requireRole(actor, "reviewer");
      if (!actor.deputyId) return;
      const person: Person = { ...actor, deputyId: undefined, deputyUntil: undefined };
      await commitDirectory(deps, { id: actor.personId, name: actor.name }, "delegation_cleared", { personId: actor.personId, deputyId: actor.deputyId }, clock.now().toISOString(), [directory.putPerson(person)]);
    },
  };
}

export type ReviewerWorkService = ReturnType<typeof reviewerWorkService>;
