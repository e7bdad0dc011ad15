import { conflict, DomainError, gone, notFound } from "../errors.js";
import type { Filing } from "../filing.js";
import { hasRole, type Person } from "../people.js";
import type { Deps } from "../ports.js";
import type { ResolvedChain } from "../review-chains.js";
import { activeDeputyId, decidedByLabel, linkVerdict, type LinkVerdict, type ReviewLink } from "../review-link.js";
import { eligibleReviewers, mayReview, type PriorDecision } from "../review-rules.js";
import type { Assignee, ReviewTask } from "../review-task.js";
import { digest, mintOpaqueId } from "../secrets.js";
import { STAGE_LABELS, type Stage } from "../stages.js";
import { chainService } from "./chain-service.js";
import { reviewRequestMail } from "./emails.js";

export const priorDecisions = (tasks: ReviewTask[]): PriorDecision[] =>
  tasks.filter((t) => t.status === "decided").map((t) => ({ stage: t.stage, personId: t.reviewerId }));

export interface Recipient extends Assignee {
  onBehalfOf?: { id: string; name: string };
}

export interface ResolvedLink {
  link: ReviewLink;
  task: ReviewTask;
  filing: Filing;
  verdict: LinkVerdict;
}

export const toAssignee = (p: Person): Assignee => ({ personId: p.personId, name: p.name, email: p.email });

/** Orders people as the chain lists them (a batch read returns them in any order). */
const inOrder = (people: Person[], ids: string[]) => ids.map((id) => people.find((p) => p.personId === id)).filter((p): p is Person => !!p);

/**
 * Who reviews a stage and how they hear of it: the round's chain snapshot, eligible assignees,
 * deputies, one emailed link per recipient, and resolving a link back to its task.
 */
export function reviewAssignment(deps: Deps) {
  const { store, mailer, clock, config, log } = deps;
  const chains = chainService(deps);

  function newLink() {
    const linkId = mintOpaqueId();
    const linkExpiresAt = new Date(clock.now().getTime() + config.approvalLinkTtlHours * 3_600_000).toISOString();
    return { linkId, linkHash: digest(linkId), linkExpiresAt };
  }

  async function eligibleOf(ids: string[], stage: Stage, filing: Filing, prior: PriorDecision[]) {
    return eligibleReviewers(inOrder(await store.getPeople(ids), ids), stage, filing.submittedBy, prior);
  }

  return {
    newLink,

    /** The round's chain: snapshotted on its first task, so a chain edited mid-round does not touch it. */
    async roundChain(filing: Filing, tasks: ReviewTask[]): Promise<ResolvedChain> {
      return tasks.find((t) => t.round === filing.round && t.chain)?.chain ?? chains.resolve("filing", filing.unitId);
    },

    async assigneesFor(stage: Stage, chain: ResolvedChain, filing: Filing, prior: PriorDecision[]): Promise<Person[]> {
      const people = await eligibleOf(chain.stages[stage], stage, filing, prior);
      if (people.length) return people;
      // Everyone the snapshot named has left or is barred: the chain in force now keeps the review moving.
      const current = await chains.resolve("filing", filing.unitId);
      const fallback = await eligibleOf(current.stages[stage], stage, filing, prior);
      if (fallback.length) log.warn("round chain has no eligible reviewer; using the current chain", { itemId: filing.filingId, stage });
      return fallback;
    },

    /** Assignees who are still active, plus the deputy of each whose delegation is in force (代签). */
    async recipientsOf(task: ReviewTask, filing: Filing, prior: PriorDecision[]): Promise<Recipient[]> {
      const assignees = task.assignees ?? [{ personId: task.reviewerId, name: task.reviewerName, email: task.reviewerEmail }];
      const people = await store.getPeople(assignees.map((a) => a.personId));
      const now = clock.now().toISOString();
      const recipients: Recipient[] = [];
      const taken = new Set(assignees.map((a) => a.personId));
      for (const person of inOrder(people, assignees.map((a) => a.personId))) {
        if (!person.active) continue;
        recipients.push(toAssignee(person));
        const deputyId = activeDeputyId(person, now);
        if (!deputyId || taken.has(deputyId)) continue;
        const deputy = await store.getPerson(deputyId);
        if (!deputy || !hasRole(deputy, "reviewer") || !mayReview(deputyId, task.stage, filing.submittedBy, prior)) continue;
        taken.add(deputyId);
        recipients.push({ ...toAssignee(deputy), onBehalfOf: { id: person.personId, name: person.name } });
      }
      return recipients;
    },

    /** Stores one recipient's link and emails it; `minted` reuses a link id made earlier (the task's first). */
    async issueLink(task: ReviewTask, filing: Filing, recipient: Recipient, minted = newLink()): Promise<ReviewLink> {
      const now = clock.now().toISOString();
      const link: ReviewLink = {
        linkHash: minted.linkHash,
        itemId: task.itemId,
        round: task.round,
        stage: task.stage,
        taskVersion: task.linkHash,
        reviewerId: recipient.personId,
        reviewerName: recipient.name,
        reviewerEmail: recipient.email,
        onBehalfOfId: recipient.onBehalfOf?.id,
        onBehalfOfName: recipient.onBehalfOf?.name,
        expiresAt: minted.linkExpiresAt,
        createdAt: now,
        state: "open",
      };
      await store.putReviewLinks([link]);
      const greeting = recipient.onBehalfOf ? `${recipient.name}（代${recipient.onBehalfOf.name}审核）` : recipient.name;
      const unitName = (await store.getUnit(filing.unitId))?.name ?? filing.unitId;
      await mailer.send(reviewRequestMail(recipient.email, greeting, filing, unitName, task.stage, `${config.baseUrl}/review/${minted.linkId}`, link.expiresAt));
      await store.markLinkMailed(link, clock.now().toISOString());
      return link;
    },

    /**
     * Emails every recipient without a mailed link to the task's current version: all of them when
     * the stage opens, only the missing ones when a retried open finds the task half-mailed.
     */
    async mailMissing(task: ReviewTask, filing: Filing, prior: PriorDecision[], first?: { personId: string; minted: ReturnType<typeof newLink> }): Promise<void> {
      const current = (await store.listTaskLinks(task.itemId, task.round, task.stage)).filter((l) => l.taskVersion === task.linkHash);
      const unsent = current.filter((l) => !l.mailedAt && l.state === "open");
      if (unsent.length) await store.closeLinks(unsent);
      for (const recipient of await this.recipientsOf(task, filing, prior)) {
        if (current.some((l) => l.reviewerId === recipient.personId && l.mailedAt)) continue;
        const reuse = first && !recipient.onBehalfOf && recipient.personId === first.personId ? first.minted : undefined;
        await this.issueLink(task, filing, recipient, reuse);
      }
      await store.markTaskMailed(task, clock.now().toISOString());
    },

    /** Closes a task's links once it is decided or reassigned, taking it off 待我审核 lists (best effort). */
    async closeTaskLinks(task: ReviewTask): Promise<void> {
      try {
        const open = (await store.listTaskLinks(task.itemId, task.round, task.stage)).filter((l) => l.state === "open");
        if (open.length) await store.closeLinks(open);
      } catch (error) {
        // The lists filter on the task's state anyway; a stale entry only costs a read.
        log.warn("could not close review links", { itemId: task.itemId, stage: task.stage, error: String(error) });
      }
    },

    /** Resolves a link hash to its task; links issued before links had their own records resolve through the task. */
    async resolve(linkHash: string): Promise<ResolvedLink> {
      const stored = await store.getReviewLink(linkHash);
      const legacyTask = stored ? undefined : await store.findTaskByLinkHash(linkHash);
      const link = stored ?? (legacyTask && legacyLink(legacyTask));
      if (!link) throw notFound("LINK_NOT_FOUND", "审核链接无效或已被替换");
      // Everything else hangs off the link: read it in one round trip.
      const [task, filing, reviewer, delegator] = await Promise.all([
        legacyTask ?? store.getTask(link.itemId, link.round, link.stage),
        store.getFiling(link.itemId),
        store.getPerson(link.reviewerId),
        link.onBehalfOfId ? store.getPerson(link.onBehalfOfId) : undefined,
      ]);
      if (!task) throw notFound("LINK_NOT_FOUND", "审核链接无效或已被替换");
      if (!filing) throw notFound("LINK_NOT_FOUND", "审核链接对应的事项不存在");
      return { link, task, filing, verdict: linkVerdict(link, task, reviewer, delegator, clock.now().toISOString()) };
    },

    /** A logged-in reviewer's own live link to the current round's task of a stage, if any. */
    async findOwnLink(personId: string, itemId: string, stage: Stage): Promise<ReviewLink> {
      const filing = await store.getFiling(itemId);
      const task = filing ? await store.getTask(itemId, filing.round, stage) : undefined;
      const links = task ? await store.listTaskLinks(itemId, task.round, stage) : [];
      const own = links.filter((l) => l.reviewerId === personId && l.taskVersion === task?.linkHash).at(-1);
      if (!own) throw notFound("TASK_NOT_FOUND", "没有待您处理的该审核任务");
      return own;
    },
  };
}

function legacyLink(task: ReviewTask): ReviewLink {
  return {
    linkHash: task.linkHash,
    itemId: task.itemId,
    round: task.round,
    stage: task.stage,
    taskVersion: task.linkHash,
    reviewerId: task.reviewerId,
    reviewerName: task.reviewerName,
    reviewerEmail: task.reviewerEmail,
    expiresAt: task.linkExpiresAt,
    createdAt: task.createdAt,
    state: task.status === "pending" ? "open" : "closed",
  };
}

/** Refuses a link that may no longer decide, saying why in words the reviewer can act on. */
export function assertLive({ verdict, task }: ResolvedLink): void {
  const stage = STAGE_LABELS[task.stage];
  switch (verdict) {
    case "live":
      return;
    case "decided":
      throw conflict("ALREADY_DECIDED", `该${stage}已由${decidedByLabel(task)}处理，无需重复操作`);
    case "task_expired":
      throw gone("TASK_EXPIRED", "该审核环节已超时关闭");
    case "expired":
      throw gone("LINK_EXPIRED", "审核链接已过期，请联系归口管理部门");
    case "superseded":
      throw gone("LINK_SUPERSEDED", "该审核任务已转交他人处理，此链接已失效");
    case "reviewer_inactive":
      throw gone("REVIEWER_INACTIVE", "您的账号已停用，审核链接已失效");
    case "delegation_ended":
      throw gone("DELEGATION_ENDED", "代签授权已结束，此链接已失效");
    default:
      throw new DomainError("conflict", "LINK_STATE", "审核链接当前不可用");
  }
}

export type ReviewAssignment = ReturnType<typeof reviewAssignment>;
