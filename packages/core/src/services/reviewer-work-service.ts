import { DELEGATION_FIELD_LABELS, delegationInputSchema, REASSIGN_FIELD_LABELS, reassignInputSchema } from "../directory-input.js";
import { conflict, forbidden, notFound, validationError } from "../errors.js";
import { hasRole, type Actor, type Person } from "../people.js";
import { StoreConflict, type Deps } from "../ports.js";
import { activeDeputyId, type ReviewLink } from "../review-link.js";
import { mayReview } from "../review-rules.js";
import type { ReviewTask } from "../review-task.js";
import { STAGES, type Stage } from "../stages.js";
import { dateInShanghai } from "../time.js";
import { parseOrThrow } from "../validation.js";
import { requireRole } from "./access.js";
import { appendAudit } from "./audit-append.js";
import { commitDirectory } from "./directory-audit.js";
import { priorDecisions, reviewAssignment, toAssignee } from "./review-assignment.js";

function requireReviewer(actor: Actor) {
  if (!hasRole(actor, "reviewer")) throw forbidden("ROLE_REQUIRED", "仅审核人员可以执行此操作");
}

const taskKey = (l: { itemId: string; round: number; stage: Stage }) => `${l.itemId}#${l.round}#${l.stage}`;

/** A reviewer's work beyond the emailed link: 待我审核, delegation (代签); and the admin's reassignment. */
export function reviewerWorkService(deps: Deps) {
  const { store, clock } = deps;
  const assignment = reviewAssignment(deps);

  async function unitNames(unitIds: string[]) {
    const units = await Promise.all([...new Set(unitIds)].map((id) => store.getUnit(id)));
    return new Map(units.filter((u) => !!u).map((u) => [u!.unitId, u!.name]));
  }

  /** Open links whose task still waits on them, one per task (a reviewer may hold an old and a new link). */
  async function liveLinks(personId: string) {
    const now = clock.now().toISOString();
    const byTask = new Map<string, ReviewLink>();
    for (const link of await store.listOpenLinks(personId)) byTask.set(taskKey(link), link);
    const rows = await Promise.all(
      [...byTask.values()].map(async (link) => {
        const task = await store.getTask(link.itemId, link.round, link.stage);
        if (!task || task.status !== "pending" || task.linkHash !== link.taskVersion) return undefined;
        if (link.onBehalfOfId) {
          const delegator = await store.getPerson(link.onBehalfOfId);
          if (!delegator || activeDeputyId(delegator, now) !== personId) return undefined;
        }
        const filing = await store.getFiling(link.itemId);
        return filing && filing.round === task.round ? { link, task, filing } : undefined;
      }),
    );
    return rows.filter((r) => !!r);
  }

  async function deputyLinksForPending(delegator: Person) {
    const own = (await liveLinks(delegator.personId)).filter((r) => !r.link.onBehalfOfId);
    for (const { task, filing } of own) {
      const prior = priorDecisions(await store.listTasks(task.itemId));
      const deputy = (await assignment.recipientsOf(task, filing, prior)).find((r) => r.onBehalfOf?.id === delegator.personId);
      if (!deputy) continue;
      const links = await store.listTaskLinks(task.itemId, task.round, task.stage);
      if (links.some((l) => l.reviewerId === deputy.personId && l.taskVersion === task.linkHash && l.mailedAt)) continue;
      await assignment.issueLink(task, filing, deputy);
    }
  }

  return {
    /** 待我审核: the reviewer's pending tasks, oldest first, each opening the same confirm page. */
    async inbox(actor: Actor) {
      requireReviewer(actor);
      const rows = await liveLinks(actor.personId);
      const names = await unitNames(rows.map((r) => r.filing.unitId));
      return rows
        .map(({ link, task, filing }) => ({
          itemId: task.itemId,
          itemKind: "filing" as const,
          filingKind: filing.kind,
          accountName: filing.data.accountName,
          platform: filing.platform,
          unitName: names.get(filing.unitId) ?? filing.unitId,
          round: task.round,
          stage: task.stage,
          since: task.createdAt,
          onBehalfOfName: link.onBehalfOfName,
          href: `/review/mine/${encodeURIComponent(task.itemId)}/${task.stage}`,
        }))
        .sort((a, b) => a.since.localeCompare(b.since));
    },

    /** Reviewers one may name as deputy or reassign to: names and units only. */
    async listReviewers(actor: Actor) {
      if (!hasRole(actor, "reviewer") && !hasRole(actor, "admin")) throw forbidden("ROLE_REQUIRED", "无权查看审核人员");
      const people = (await store.listPeople()).filter((p) => hasRole(p, "reviewer"));
      const names = await unitNames(people.map((p) => p.unitId));
      return people.map((p) => ({ personId: p.personId, name: p.name, unitName: names.get(p.unitId) ?? "" }));
    },

    /** Every pending review task, for the admin to reassign. */
    async pendingTasks(actor: Actor) {
      requireRole(actor, "admin");
      const tasks = await store.listPendingTasks();
      const filings = new Map((await Promise.all(tasks.map((t) => store.getFiling(t.itemId)))).filter((f) => !!f).map((f) => [f!.filingId, f!]));
      const names = await unitNames([...filings.values()].map((f) => f.unitId));
      return tasks
        .filter((t) => filings.get(t.itemId)?.round === t.round)
        .map((t) => {
          const filing = filings.get(t.itemId)!;
          const assignees = t.assignees ?? [{ personId: t.reviewerId, name: t.reviewerName, email: t.reviewerEmail }];
          return {
            itemId: t.itemId,
            accountName: filing.data.accountName,
            unitName: names.get(filing.unitId) ?? filing.unitId,
            round: t.round,
            stage: t.stage,
            since: t.createdAt,
            assignees: assignees.map((a) => ({ personId: a.personId, name: a.name })),
          };
        })
        .sort((a, b) => a.since.localeCompare(b.since));
    },

    /** Hands a pending task to another reviewer: the old links die (new version), the new reviewer is emailed. */
    async reassign(actor: Actor, itemId: string, rawStage: string, body: unknown): Promise<ReviewTask> {
      requireRole(actor, "admin");
      const filing = await store.getFiling(itemId);
      if (!filing) throw notFound("FILING_NOT_FOUND", "备案申请不存在");
      if (!(STAGES as readonly string[]).includes(rawStage)) throw notFound("STAGE_NOT_FOUND", "审核环节不存在");
      const stage = rawStage as Stage;
      const input = { data: parseOrThrow(reassignInputSchema, body, REASSIGN_FIELD_LABELS) };
      const task = await store.getTask(itemId, filing.round, stage);
      if (!task || task.status !== "pending" || filing.status !== "in_review") throw conflict("TASK_NOT_PENDING", "该审核环节当前没有待处理的任务");
      const target = await store.getPerson(input.data.reviewerId);
      if (!target || !hasRole(target, "reviewer")) throw validationError([{ field: "reviewerId", code: "NOT_A_REVIEWER", message: "新审核人须为在用的审核人员" }]);
      const tasks = await store.listTasks(itemId);
      const prior = priorDecisions(tasks);
      if (!mayReview(target.personId, stage, filing.submittedBy, prior)) {
        throw validationError([{ field: "reviewerId", code: "SEPARATION_OF_DUTIES", message: "该人员提交了本事项或已审核其他环节，不能审核此环节" }]);
      }
      const before = task.assignees ?? [{ personId: task.reviewerId, name: task.reviewerName, email: task.reviewerEmail }];
      if (before.length === 1 && before[0].personId === target.personId) throw conflict("ALREADY_ASSIGNED", "该任务已由此人审核，无需转交");

      const now = clock.now().toISOString();
      const minted = assignment.newLink();
      const next: ReviewTask = {
        ...task,
        reviewerId: target.personId,
        reviewerName: target.name,
        reviewerEmail: target.email,
        assignees: [toAssignee(target)],
        linkHash: minted.linkHash,
        linkExpiresAt: minted.linkExpiresAt,
        mailedAt: undefined,
        reassignedAt: now,
      };
      const details = { round: task.round, stage, from: before.map((a) => a.name).join("、"), to: target.name, toId: target.personId, reason: input.data.reason };
      const { filing: moved, audit } = appendAudit(filing, { id: actor.personId, name: actor.name }, "review_reassigned", details, now);
      try {
        await store.commitReassignment({ itemId, expectedAuditSeq: filing.auditSeq, audit, task: next, expectedLinkHash: task.linkHash });
      } catch (error) {
        if (error instanceof StoreConflict) throw conflict("TASK_CHANGED", "该审核任务刚被处理或转交，请刷新后重试");
        throw error;
      }
      await assignment.closeTaskLinks(task);
      await assignment.mailMissing(next, moved, prior, { personId: target.personId, minted });
      return next;
    },

    async delegation(actor: Actor) {
      requireReviewer(actor);
      const deputy = actor.deputyId ? await store.getPerson(actor.deputyId) : undefined;
      return {
        deputy: deputy ? { personId: deputy.personId, name: deputy.name } : undefined,
        until: actor.deputyUntil,
        inForce: !!deputy && activeDeputyId(actor, clock.now().toISOString()) === deputy.personId && deputy.active,
      };
    },

    /** Names a deputy; links for this reviewer's tasks (pending ones included) also go to the deputy. */
    async setDelegation(actor: Actor, body: unknown) {
      requireReviewer(actor);
      const { deputyId, until } = parseOrThrow(delegationInputSchema, body, DELEGATION_FIELD_LABELS);
      const now = clock.now().toISOString();
      if (deputyId === actor.personId) throw validationError([{ field: "deputyId", code: "SELF", message: "不能指定本人为代签人" }]);
      const deputy = await store.getPerson(deputyId);
      if (!deputy || !hasRole(deputy, "reviewer")) throw validationError([{ field: "deputyId", code: "NOT_A_REVIEWER", message: "代签人须为在用的审核人员" }]);
      if (until && until < dateInShanghai(now)) throw validationError([{ field: "until", code: "IN_THE_PAST", message: "截止日期不能早于今天" }]);
      const person: Person = { ...actor, deputyId, deputyUntil: until };
      const details = { personId: actor.personId, deputyId, deputyName: deputy.name, until };
      await commitDirectory(store, { id: actor.personId, name: actor.name }, "delegation_set", details, now, { person });
      await deputyLinksForPending(person);
      return { deputy: { personId: deputy.personId, name: deputy.name }, until, inForce: true };
    },

    async clearDelegation(actor: Actor) {
      requireReviewer(actor);
      if (!actor.deputyId) return;
      const person: Person = { ...actor, deputyId: undefined, deputyUntil: undefined };
      await commitDirectory(store, { id: actor.personId, name: actor.name }, "delegation_cleared", { personId: actor.personId, deputyId: actor.deputyId }, clock.now().toISOString(), { person });
    },
  };
}

export type ReviewerWorkService = ReturnType<typeof reviewerWorkService>;
