import { hasRole, type Person } from "../directory/people.js";
import { fail, fieldError } from "../shared/errors.js";
import type { ReviewStatus } from "./kind.js";
import { nextStage, type ChecklistItem, type Decision, type Stage } from "./stages.js";

export interface PriorDecision {
  stage: Stage;
  personId: string;
}

/**
 * Separation of duties: nobody reviews what they submitted, and a person acts at one stage only
 * of an item (across rounds too, so a resubmission cannot be waved through by one person).
 */
export function mayReview(personId: string, stage: Stage, submittedBy: string, prior: PriorDecision[]): boolean {
  if (personId === submittedBy) return false;
  return !prior.some((d) => d.personId === personId && d.stage !== stage);
}

/**
 * Who of a stage's chain reviewers gets the task: active reviewers allowed by separation of duties,
 * those who already reviewed this stage of the item first (they know its history), then chain order.
 */
export function eligibleReviewers(candidates: Person[], stage: Stage, submittedBy: string, prior: PriorDecision[]): Person[] {
  const eligible = candidates.filter((p) => hasRole(p, "reviewer") && mayReview(p.personId, stage, submittedBy, prior));
  const knows = (p: Person) => prior.some((d) => d.personId === p.personId);
  return [...eligible.filter(knows), ...eligible.filter((p) => !knows(p))];
}

/** The person deciding must pass separation of duties; a deputy's delegator too (代签 acts in their name). */
export function assertMayDecide(personIds: string[], stage: Stage, submittedBy: string, prior: PriorDecision[]): void {
  if (personIds.some((id) => !mayReview(id, stage, submittedBy, prior))) throw fail("SEPARATION_OF_DUTIES");
}

export interface DecisionInput {
  decision: Decision;
  comment: string;
  checklist: string[];
  /** The kind's assessment fields, by name (see ReviewKind.assessment). */
  assessment?: Record<string, string[]>;
}

export function validateDecision(checklist: ChecklistItem[], input: DecisionInput): void {
  const items = checklist.map((i) => i.id);
  if (input.checklist.some((id) => !items.includes(id))) throw fieldError("checklist", "INVALID_CHOICE", "审核要点无效");
  if (input.decision === "approve" && items.some((id) => !input.checklist.includes(id))) {
    throw fieldError("checklist", "CHECKLIST_INCOMPLETE", "通过前须逐项确认本环节审核要点");
  }
  if (input.decision !== "approve" && input.comment.trim().length === 0) throw fieldError("comment", "REQUIRED", "不予通过或退回修改时须填写审核意见");
  if (input.comment.length > 1000) throw fieldError("comment", "TOO_LONG", "审核意见不能超过 1000 个字");
}

/** Where an item goes after a stage decision. */
export function afterDecision(stage: Stage, decision: Decision): { status: ReviewStatus; stage: Stage } {
  if (decision === "reject") return { status: "rejected", stage };
  if (decision === "return") return { status: "returned", stage };
  const next = nextStage(stage);
  return next ? { status: "in_review", stage: next } : { status: "approved", stage };
}

/** A chain must not name one person at two stages: whoever decided the first could not decide the second. */
export function chainOverlaps(stages: Partial<Record<Stage, string[]>>): { personId: string; stages: Stage[] }[] {
  const byPerson = new Map<string, Stage[]>();
  for (const [stage, ids] of Object.entries(stages) as [Stage, string[]][]) {
    for (const id of new Set(ids ?? [])) byPerson.set(id, [...(byPerson.get(id) ?? []), stage]);
  }
  return [...byPerson.entries()].filter(([, s]) => s.length > 1).map(([personId, s]) => ({ personId, stages: s }));
}
