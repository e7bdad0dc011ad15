import type { ResolvedChain } from "./chains.js";
import type { Decision, Stage } from "./stages.js";

export type ReviewTaskStatus = "pending" | "decided" | "expired";

export interface Assignee {
  personId: string;
  name: string;
  email: string;
}

/**
 * One stage of one review round, awaiting or holding one decision. While pending, `reviewerId` is
 * the first of `assignees` (any one of whom decides, each through their own link); once decided it
 * is whoever decided. A task nobody may decide (everyone in its chain excluded by separation of
 * duties) waits with no assignees until an admin reassigns it. `linkHash` is the first assignee's
 * link and doubles as the assignment's version: a reassignment replaces it, which kills every link
 * issued before.
 */
export interface ReviewTask {
  kind: string;
  itemId: string;
  round: number;
  stage: Stage;
  status: ReviewTaskStatus;
  reviewerId: string;
  reviewerName: string;
  reviewerEmail: string;
  /** The Step Functions task token; never leaves the server. */
  taskToken: string;
  /** Bumped by each reassignment; part of every link id derived for the task. */
  version?: number;
  linkHash: string;
  linkExpiresAt: string;
  createdAt: string;
  /** Set once every recipient's mail went out; a retried open re-sends only while it is unset. */
  mailedAt?: string;
  decision?: Decision;
  comment?: string;
  checklist?: string[];
  decidedAt?: string;
  /** False between the decision write and a successful SendTaskSuccess; a sweep re-delivers. */
  delivered?: boolean;
  /** Last reminder mailed to the reviewer while pending (review sweeps). */
  remindedAt?: string;
  /** When the admins were told the decision is overdue or has nobody to decide it (once). */
  escalatedAt?: string;
  assignees?: Assignee[];
  /** The round's review chain as resolved when the round's first stage opened. */
  chain?: ResolvedChain;
  /** A decision by a deputy (代签): the reviewer they signed for. */
  onBehalfOfId?: string;
  onBehalfOfName?: string;
  reassignedAt?: string;
}

export const isUnassigned = (task: ReviewTask) => (task.assignees?.length ?? 1) === 0;

/** Everyone who may decide the task (several reviewers per stage); older tasks name one reviewer. */
export const assigneesOf = (task: ReviewTask): Assignee[] =>
  task.assignees ?? (task.reviewerId ? [{ personId: task.reviewerId, name: task.reviewerName, email: task.reviewerEmail }] : []);

/** What the review workflow passes to the task that opens a stage. */
export interface OpenStageRequest {
  kind: string;
  itemId: string;
  round: number;
  stage: Stage;
  taskToken: string;
}

/** What a stage task returns to the workflow (SendTaskSuccess output). */
export interface StageResult {
  decision: Decision;
}

/** What the workflow hands its last step: the item, and how the run ended if not by a decision. */
export interface ReviewOutcomeRequest {
  kind: string;
  itemId: string;
  round: number;
  timedOutStage?: Stage;
  /** Set when a step failed for good (the execution would otherwise end FAILED). */
  failure?: { error?: string; cause?: string };
}

/** The review workflow's input: the item and its round. */
export interface ReviewExecutionInput {
  kind: string;
  itemId: string;
  round: number;
}

/** Unique per item, round and restart, so a double submit cannot start two executions. */
export function reviewExecutionName(kind: string, itemId: string, round: number, restarts = 0): string {
  return `${kind}-${itemId}-r${round}${restarts ? `-x${restarts}` : ""}`;
}
