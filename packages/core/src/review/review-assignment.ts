import { hasRole, type Person } from "../directory/people.js";
import { fail } from "../shared/errors.js";
import { secretReader } from "../shared/config.js";
import { deriveOpaqueId, digest } from "../shared/secrets.js";
import type { ResolvedChain } from "./chains.js";
import type { ReviewKind, ReviewSubject } from "./kind.js";
import type { ReviewDeps } from "./review-deps.js";
import { activeDeputyId, linkVerdict, type LinkVerdict, type ReviewLink } from "./review-link.js";
import { reviewRequestMail, type ReviewMailItem } from "./review-mails.js";
import { eligibleReviewers, mayReview, type PriorDecision } from "./review-rules.js";
import { assigneesOf, type Assignee, type ReviewTask } from "./review-task.js";
import type { Stage } from "./stages.js";
import { chainResolution } from "./chain-resolution.js";

export const priorDecisions = (tasks: ReviewTask[]): PriorDecision[] =>
  tasks.filter((t) => t.status === "decided").map((t) => ({ stage: t.stage, personId: t.reviewerId }));

export interface Recipient extends Assignee {
  onBehalfOf?: { id: string; name: string };
}

export interface ResolvedLink {
  link: ReviewLink;
  task: ReviewTask;
  kind: ReviewKind;
  subject: ReviewSubject;
  verdict: LinkVerdict;
}

export const toAssignee = (p: Person): Assignee => ({ personId: p.personId, name: p.name, email: p.email });

/** Orders people as the chain lists them (a batch read returns them in any order). */
const inOrder = (people: Person[], ids: string[]) => ids.map((id) => people.find((p) => p.personId === id)).filter((p): p is Person => !!p);

/**
 * Who reviews a stage and how they hear of it: the round's chain snapshot, eligible assignees,
 * deputies, one emailed link per recipient, and resolving a link back to its task.
 *
 * A link id is derived from a server-side secret and the assignment (item, round, stage, version,
 * reviewer, delegator): mailing it again after a crash sends the same link, so a link already in a
 * reviewer's inbox never dies because its mail was re-sent. Only its digest is stored.
 */
export function reviewAssignment(deps: ReviewDeps) {
  const { reviews, directory, kinds, mailer, clock, config, log } = deps;
  const resolveChain = chainResolution(deps);

  const linkSecret = secretReader(config.linkSecret);
  const linkIdFor = async (task: Pick<ReviewTask, "kind" | "itemId" | "round" | "stage" | "version">, personId: string, onBehalfOfId = "") =>
    deriveOpaqueId(await linkSecret(), "review-link", task.kind, task.itemId, task.round, task.stage, task.version ?? 1, personId, onBehalfOfId);

  const linkTtlMs = config.approvalLinkTtlHours * 3_600_000;

  async function eligibleOf(ids: string[], stage: Stage, subject: ReviewSubject, prior: PriorDecision[]) {
    return eligibleReviewers(inOrder(await directory.getPeople(ids), ids), stage, subject.state.submittedBy, prior);
  }

  async function mailItem(kind: ReviewKind, subject: ReviewSubject): Promise<ReviewMailItem> {
    const [description, unit] = await Promise.all([kind.describe(subject), directory.getUnit(subject.state.unitId)]);
    return { description, unitName: unit?.name ?? subject.state.unitId, round: subject.state.round };
  }

  return {
    mailItem,

    /** The version marker of an assignment: the digest of its first assignee's link (or of "nobody"). */
    async versionHash(task: Pick<ReviewTask, "kind" | "itemId" | "round" | "stage" | "version">, firstAssigneeId: string | undefined) {
      return digest(await linkIdFor(task, firstAssigneeId ?? "unassigned"));
    },

    linkExpiry: (from: string) => new Date(Date.parse(from) + linkTtlMs).toISOString(),

    /** The round's chain: snapshotted on its first task, so a chain edited mid-round does not touch it. */
    async roundChain(kind: ReviewKind, subject: ReviewSubject, tasks: ReviewTask[]): Promise<ResolvedChain> {
      return tasks.find((t) => t.round === subject.state.round && t.chain)?.chain ?? resolveChain(kind.kind, subject.state.unitId);
    },

    async assigneesFor(kind: ReviewKind, stage: Stage, chain: ResolvedChain, subject: ReviewSubject, prior: PriorDecision[]): Promise<Person[]> {
      const people = await eligibleOf(chain.stages[stage], stage, subject, prior);
      if (people.length) return people;
      // Everyone the snapshot named has left or is barred: the chain in force now keeps the review moving.
      const current = await resolveChain(kind.kind, subject.state.unitId);
      const fallback = await eligibleOf(current.stages[stage], stage, subject, prior);
      if (fallback.length) log.warn("round chain has no eligible reviewer; using the current chain", { itemId: subject.state.itemId, stage });
      return fallback;
    },

    /** Assignees who are still active, plus the deputy of each whose delegation is in force (代签). */
    async recipientsOf(task: ReviewTask, subject: ReviewSubject, prior: PriorDecision[]): Promise<Recipient[]> {
      const assignees = assigneesOf(task);
      const people = await directory.getPeople(assignees.map((a) => a.personId));
      const now = clock.now().toISOString();
      const recipients: Recipient[] = [];
      const taken = new Set(assignees.map((a) => a.personId));
      for (const person of inOrder(people, assignees.map((a) => a.personId))) {
        if (!person.active) continue;
        recipients.push(toAssignee(person));
        const deputyId = activeDeputyId(person, now);
        if (!deputyId || taken.has(deputyId)) continue;
        const deputy = await directory.getPerson(deputyId);
        if (!deputy || !hasRole(deputy, "reviewer") || !mayReview(deputyId, task.stage, subject.state.submittedBy, prior)) continue;
        taken.add(deputyId);
        recipients.push({ ...toAssignee(deputy), onBehalfOf: { id: person.personId, name: person.name } });
      }
      return recipients;
    },

    /** Stores one recipient's link (once) and mails it unless it was mailed already. */
    async issueLink(task: ReviewTask, item: ReviewMailItem, recipient: Recipient): Promise<ReviewLink> {
      const linkId = await linkIdFor(task, recipient.personId, recipient.onBehalfOf?.id);
      const linkHash = digest(linkId);
      const existing = await reviews.getReviewLink(linkHash);
      if (existing?.mailedAt) return existing;
      const now = clock.now().toISOString();
      const first = recipient.personId === task.reviewerId && !recipient.onBehalfOf;
      const link: ReviewLink = existing ?? {
        linkHash,
        kind: task.kind,
        itemId: task.itemId,
        round: task.round,
        stage: task.stage,
        taskVersion: task.linkHash,
        reviewerId: recipient.personId,
        reviewerName: recipient.name,
        reviewerEmail: recipient.email,
        onBehalfOfId: recipient.onBehalfOf?.id,
        onBehalfOfName: recipient.onBehalfOf?.name,
        // The first assignee's link expires with the task's; a deputy's counts from when it was issued.
        expiresAt: first ? task.linkExpiresAt : new Date(Date.parse(now) + linkTtlMs).toISOString(),
        createdAt: now,
        state: "open",
      };
      if (!existing) await reviews.putReviewLinks([link]);
      const greeting = recipient.onBehalfOf ? `${recipient.name}（代${recipient.onBehalfOf.name}审核）` : recipient.name;
      await mailer.send(reviewRequestMail(recipient.email, greeting, item, task.stage, `${config.baseUrl}/review/${linkId}`, link.expiresAt));
      await reviews.markLinkMailed(link, clock.now().toISOString());
      return link;
    },

    /** Mails every recipient whose link for the task's current version has not gone out yet. */
    async mailMissing(task: ReviewTask, kind: ReviewKind, subject: ReviewSubject, prior: PriorDecision[]): Promise<void> {
      const recipients = await this.recipientsOf(task, subject, prior);
      if (recipients.length) {
        const item = await mailItem(kind, subject);
        for (const recipient of recipients) await this.issueLink(task, item, recipient);
      }
      await reviews.markTaskMailed(task, clock.now().toISOString());
    },

    /** Closes a task's links once it is decided or reassigned, taking it off 待我审核 lists (best effort). */
    async closeTaskLinks(task: ReviewTask): Promise<void> {
      try {
        const open = (await reviews.listTaskLinks(task.itemId, task.round, task.stage)).filter((l) => l.state === "open");
        if (open.length) await reviews.closeLinks(open);
      } catch (error) {
        // The lists filter on the task's state anyway; a stale entry only costs a read.
        log.warn("could not close review links", { itemId: task.itemId, stage: task.stage, error: String(error) });
      }
    },

    /** Resolves a link hash to its task and item; links issued before links had their own records resolve through the task. */
    async resolve(linkHash: string): Promise<ResolvedLink> {
      const stored = await reviews.getReviewLink(linkHash);
      const legacyTask = stored ? undefined : await reviews.findTaskByLinkHash(linkHash);
      const link = stored ?? (legacyTask && legacyLink(legacyTask));
      if (!link) throw fail("LINK_NOT_FOUND");
      const kind = kinds.get(link.kind);
      if (!kind) throw fail("LINK_NOT_FOUND");
      // Everything else hangs off the link: read it in one round trip.
      const [task, subject, reviewer, delegator] = await Promise.all([
        legacyTask ?? reviews.getTask(link.itemId, link.round, link.stage),
        kind.load(link.itemId),
        directory.getPerson(link.reviewerId),
        link.onBehalfOfId ? directory.getPerson(link.onBehalfOfId) : undefined,
      ]);
      if (!task) throw fail("LINK_NOT_FOUND");
      if (!subject) throw fail("LINK_NOT_FOUND", "审核链接对应的事项不存在");
      const inRound = subject.state.round === task.round && subject.state.status === "in_review";
      return { link, task, kind, subject, verdict: linkVerdict(link, task, reviewer, delegator, clock.now().toISOString(), inRound) };
    },

    /** A logged-in reviewer's own live link to the current round's task of a stage, if any. */
    async findOwnLink(personId: string, kind: ReviewKind, itemId: string, stage: Stage): Promise<ReviewLink> {
      const subject = await kind.load(itemId);
      const task = subject ? await reviews.getTask(itemId, subject.state.round, stage) : undefined;
      const links = task ? await reviews.listTaskLinks(itemId, task.round, stage) : [];
      const own = links.filter((l) => l.reviewerId === personId && l.taskVersion === task?.linkHash).at(-1);
      if (!own) throw fail("TASK_NOT_FOUND");
      return own;
    },
  };
}

function legacyLink(task: ReviewTask): ReviewLink {
  return {
    linkHash: task.linkHash,
    kind: task.kind,
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

export type ReviewAssignment = ReturnType<typeof reviewAssignment>;
