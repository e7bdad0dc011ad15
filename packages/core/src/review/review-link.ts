import type { Person } from "../directory/people.js";
import { dateInShanghai } from "../shared/time.js";
import type { ReviewTask } from "./review-task.js";
import type { Stage } from "./stages.js";

/**
 * One reviewer's emailed link to one review task. Only the hash of the link id is stored. Several
 * links may lead to one task (several reviewers per stage, deputies); the first decision wins.
 */
export interface ReviewLink {
  linkHash: string;
  kind: string;
  itemId: string;
  round: number;
  stage: Stage;
  /** The task's `linkHash` when this link was issued; a reassignment changes it and so kills the link. */
  taskVersion: string;
  reviewerId: string;
  reviewerName: string;
  reviewerEmail: string;
  /** Set on a deputy's link: the delegator whose task this is (decisions are 代签). */
  onBehalfOfId?: string;
  onBehalfOfName?: string;
  expiresAt: string;
  createdAt: string;
  mailedAt?: string;
  /** "open" keeps the link in its reviewer's 待我审核 list; closed links still resolve (to say why they no longer work). */
  state: "open" | "closed";
}

/** A reviewer's deputy while the delegation lasts (its end date is inclusive, in Asia/Shanghai). */
export function activeDeputyId(person: Person, now: string): string | undefined {
  if (!person.active || !person.deputyId) return undefined;
  if (person.deputyUntil && dateInShanghai(now) > person.deputyUntil) return undefined;
  return person.deputyId;
}

export type LinkVerdict = "live" | "decided" | "task_expired" | "closed" | "superseded" | "expired" | "reviewer_inactive" | "delegation_ended";

/**
 * Whether a link may still decide its task. Decided and closed tasks come first, so every link of a
 * decided task says who decided it rather than a vaguer reason. `itemInRound` is false once the item
 * left the round (withdrawn, restarted into a new round).
 */
export function linkVerdict(link: ReviewLink, task: ReviewTask, reviewer: Person | undefined, delegator: Person | undefined, now: string, itemInRound = true): LinkVerdict {
  if (task.status === "decided") return "decided";
  if (task.status === "expired") return "task_expired";
  if (!itemInRound) return "closed";
  if (link.taskVersion !== task.linkHash) return "superseded";
  if (now > link.expiresAt) return "expired";
  if (!reviewer?.active) return "reviewer_inactive";
  if (link.onBehalfOfId && (!delegator || activeDeputyId(delegator, now) !== link.reviewerId)) return "delegation_ended";
  return "live";
}

/** Who decided a task, as shown to people: a deputy's decision reads "孙丽（代钱伟签）". */
export function decidedByLabel(task: ReviewTask): string {
  return task.onBehalfOfName ? `${task.reviewerName}（代${task.onBehalfOfName}签）` : task.reviewerName;
}
