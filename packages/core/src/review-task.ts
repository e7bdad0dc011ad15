import type { ResolvedChain } from "./review-chains.js";
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
 * is whoever decided. `linkHash` is the first assignee's link and doubles as the assignment's
 * version: a reassignment replaces it, which kills every link issued before.
 */
export interface ReviewTask {
  itemId: string;
  round: number;
  stage: Stage;
  status: ReviewTaskStatus;
  reviewerId: string;
  reviewerName: string;
  reviewerEmail: string;
  /** The Step Functions task token; never leaves the server. */
  taskToken: string;
  linkHash: string;
  linkExpiresAt: string;
  createdAt: string;
  /** Set once the reviewer's mail went out; a retried open re-sends only while it is unset. */
  mailedAt?: string;
  decision?: Decision;
  comment?: string;
  checklist?: string[];
  decidedAt?: string;
  /** False between the decision write and a successful SendTaskSuccess; a sweep re-delivers. */
  delivered?: boolean;
  /** Last reminder mailed to the reviewer while pending (review sweeps). */
  remindedAt?: string;
  /** When the admins were told the decision is overdue (once). */
  escalatedAt?: string;
  assignees?: Assignee[];
  /** The round's review chain as resolved when the round's first stage opened. */
  chain?: ResolvedChain;
  /** A decision by a deputy (代签): the reviewer they signed for. */
  onBehalfOfId?: string;
  onBehalfOfName?: string;
  reassignedAt?: string;
}

/** What the review workflow passes to the task that opens a stage. */
export interface OpenStageRequest {
  itemId: string;
  round: number;
  stage: Stage;
  taskToken: string;
}

/** What a stage task returns to the workflow (SendTaskSuccess output). */
export interface StageResult {
  decision: Decision;
}

/** What the workflow hands the outcome step: its whole state. */
export interface ReviewOutcomeRequest {
  itemId: string;
  round: number;
  timedOutStage?: Stage;
}

export interface ReviewExecutionInput {
  itemType: "filing";
  itemId: string;
  round: number;
}
