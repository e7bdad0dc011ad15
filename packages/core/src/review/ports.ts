import type { TxWrite } from "../shared/ports.js";
import type { ReviewState, ReviewStatus } from "./kind.js";
import type { ReviewChain } from "./chains.js";
import type { ReviewLink } from "./review-link.js";
import type { ReviewExecutionInput, ReviewTask, StageResult } from "./review-task.js";
import type { Stage } from "./stages.js";

/** The review orchestrator: AWS Step Functions in the cloud, the local engine in `npm start`. */
export interface ReviewWorkflow {
  /** Idempotent for the same name and input. */
  start(executionName: string, input: ReviewExecutionInput): Promise<void>;
  sendTaskSuccess(taskToken: string, output: StageResult): Promise<void>;
  sendTaskFailure(taskToken: string, error: string, cause: string): Promise<void>;
}

/** A round whose workflow failed for good: it waits for an admin to restart it. */
export interface StuckReview {
  kind: string;
  itemId: string;
  round: number;
  unitId: string;
  title: string;
  error: string;
  at: string;
}

export interface ReviewStore {
  listTasks(itemId: string): Promise<ReviewTask[]>;
  getTask(itemId: string, round: number, stage: Stage): Promise<ReviewTask | undefined>;
  /** Links issued before links had their own records resolve through their task. */
  findTaskByLinkHash(linkHash: string): Promise<ReviewTask | undefined>;
  /** Creates the task; fails (part "task") if the stage was opened already. */
  openTask(task: ReviewTask): TxWrite;
  /** Moves a pending task to decided or expired; fails (part "task") unless it is still pending at `expectedLinkHash`. */
  closeTask(task: ReviewTask, expectedLinkHash: string): TxWrite;
  /** Gives a pending task new assignees (a new version); fails (part "task") if it was decided or reassigned meanwhile. */
  reassignTask(task: ReviewTask, expectedLinkHash: string): TxWrite;
  /** Marks the task escalated once; fails (part "task") if it is no longer pending or already escalated. */
  escalateTask(task: ReviewTask, at: string): TxWrite;
  rebindTaskToken(task: ReviewTask, taskToken: string): Promise<void>;
  markTaskMailed(task: ReviewTask, at: string): Promise<void>;
  markDelivered(task: ReviewTask): Promise<void>;
  listUndeliveredDecisions(): Promise<ReviewTask[]>;
  /** Every pending task (the pending partition of the work-state index), oldest first. */
  listPendingTasks(before?: string): Promise<ReviewTask[]>;
  /**
   * Claims the task's next reminder: sets `remindedAt` only while the task is pending and its
   * `remindedAt` is still `previous` (absent if undefined), so concurrent sweeps remind once.
   */
  claimReminder(task: ReviewTask, at: string, previous: string | undefined): Promise<boolean>;
  /** Puts `remindedAt` back to `previous` after the mail failed, so the next sweep retries. */
  releaseReminder(task: ReviewTask, at: string, previous: string | undefined): Promise<void>;

  putReviewLinks(links: ReviewLink[]): Promise<void>;
  getReviewLink(linkHash: string): Promise<ReviewLink | undefined>;
  listTaskLinks(itemId: string, round: number, stage: Stage): Promise<ReviewLink[]>;
  markLinkMailed(link: ReviewLink, at: string): Promise<void>;
  /** Takes links out of their reviewers' 待我审核 lists (they still resolve, to explain themselves). */
  closeLinks(links: ReviewLink[]): Promise<void>;
  listOpenLinks(reviewerId: string): Promise<ReviewLink[]>;

  markStuck(stuck: StuckReview): TxWrite;
  clearStuck(kind: string, itemId: string): TxWrite;
  getStuck(kind: string, itemId: string): Promise<StuckReview | undefined>;
  listStuck(): Promise<StuckReview[]>;
}

/** An item kept as a small document beside its review state, for kinds without a record of their own. */
export interface ReviewItemDocument<T = unknown> {
  kind: string;
  state: ReviewState;
  body: T;
}

export interface ReviewItemStore {
  getItem<T>(kind: string, itemId: string): Promise<ReviewItemDocument<T> | undefined>;
  /** Creates the document (no `expected`) or writes it conditioned on the state it was read in (part "item"). */
  putItem(document: ReviewItemDocument, expected?: { auditSeq: number; status: ReviewStatus }): TxWrite;
}

/** Review chains per kind: configuration kept on the directory's audit chain. */
export interface ChainStore {
  listChains(kind: string): Promise<ReviewChain[]>;
  putChain(chain: ReviewChain): TxWrite;
  deleteChain(kind: string, scope: string): TxWrite;
  /** Seeding demo data and fixtures, unaudited. */
  seedChain(chain: ReviewChain): Promise<void>;
}
