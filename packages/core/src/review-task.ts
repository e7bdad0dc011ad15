import type { Decision, Stage } from "./stages.js";

export type ReviewTaskStatus = "pending" | "decided" | "expired";

/** One stage of one review round, awaiting or holding one reviewer's decision. */
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
