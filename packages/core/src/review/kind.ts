import type { AuditActor } from "../shared/actors.js";
import type { OutboxEvent } from "../shared/outbox.js";
import type { TxWrite } from "../shared/ports.js";
import type { Checklists, Decision, Stage } from "./stages.js";

/** Where an item is in its review. `approved` is each kind's own word ("filed", "approved" …) in its item. */
export type ReviewStatus = "in_review" | "returned" | "rejected" | "approved" | "withdrawn";

/**
 * The review's view of an item of any kind: who submitted it for which unit, its round and stage,
 * and the head of its audit chain (review records append to the item's own chain).
 */
export interface ReviewState {
  itemId: string;
  unitId: string;
  submittedBy: string;
  round: number;
  status: ReviewStatus;
  /** Stage awaiting a decision while in review; the last decided stage otherwise. */
  stage: Stage;
  lastDecision?: Decision;
  lastComment?: string;
  /** When the current round was submitted. */
  submittedAt: string;
  /** Times an admin restarted the current round's workflow (part of the execution name). */
  restarts?: number;
  auditSeq: number;
  auditHead: string;
  updatedAt: string;
}

/** An item as the review loaded it: the review's state and the kind's own record. */
export interface ReviewSubject<T = unknown> {
  state: ReviewState;
  item: T;
}

export type ReviewOutcome = "approved" | "rejected" | "returned" | "timed_out" | "withdrawn";

/** How the confirm page and the mails show an item; plain data, so the page needs no kind of its own. */
export interface ReviewDescription {
  /** What the item is called: an account name, a draft's title. */
  title: string;
  /** The kind of request: 开设备案, 内容发布 … */
  requestLabel: string;
  /** One-line facts for mails and lists ("账号：微信公众号「清河发布」（gh_x）"). */
  headline: string[];
  sections: ReviewSection[];
}

export type ReviewSection = (
  | { type: "rows"; heading: string; rows: [string, string][] }
  | { type: "changes"; heading: string; note?: string; before?: string; after?: string; changes: { field: string; before: string; after: string }[] }
  | { type: "text"; heading: string; text: string }
  | { type: "marked"; heading: string; note?: string; segments: MarkedSegment[] }
  | { type: "notice"; heading?: string; tone: "info" | "warn"; text: string }
  /** Side by side (what the system knows beside what the submitter wrote). */
  | { type: "columns"; heading: string; columns: { heading: string; rows: [string, string][]; testId?: string }[] }
) & { testId?: string };

/** A run of text shown plain or marked: inserted / deleted since the last version, or a flagged word. */
export interface MarkedSegment {
  text: string;
  mark?: "ins" | "del" | "hit" | "hit-serious";
  note?: string;
}

/** What an outcome does beyond the review state, written in the same transaction as the decision. */
export interface OutcomeEffect<T> {
  /** Fields of the kind's own record that change with the outcome (a filing number, a published flag). */
  patch?: Partial<T>;
  auditDetails?: Record<string, unknown>;
  writes?: TxWrite[];
  events?: OutboxEvent[];
}

export interface OutcomeContext {
  stage: Stage;
  actor: AuditActor;
  at: string;
  /** The reviewer's decision (absent for timeouts and withdrawals). */
  decision?: Decision;
  comment?: string;
  /** What the reviewer filled in on the kind's assessment form with this decision (its `details`). */
  assessment?: Record<string, unknown>;
}

/** One field of a kind's assessment form: a box to tick (several may share a name) or a number. */
export type AssessmentField =
  | { type: "check"; group: string; name: string; value: string; label: string; checked: boolean }
  | { type: "number"; group: string; name: string; label: string; min: number; max: number; step: number; value: number };

/** Extra fields a kind asks of the reviewer with an approval (an inspection's score sheet), as plain data for the confirm page. */
export interface AssessmentForm {
  heading: string;
  note?: string;
  fields: AssessmentField[];
}

/**
 * A kind's assessment: what a reviewer fills in beside the checklist when approving a stage. The
 * review shows the form, hands the values back to `read` (which refuses bad ones with field errors)
 * and writes what it returns with the decision: `patch` on the item, `details` on the record and in
 * the outcome's context.
 */
export interface ReviewAssessment<T> {
  form(subject: ReviewSubject<T>, stage: Stage): AssessmentForm | undefined;
  read(subject: ReviewSubject<T>, stage: Stage, values: Record<string, string[]>, by: string): { patch: Partial<T>; details: Record<string, unknown> };
}

/**
 * How a kind of item plugs into the three-stage review. The review service, links, 待我审核,
 * reminders, escalation, reassignment, 代签 and re-delivery work through this alone.
 */
export interface ReviewKind<T = any> {
  /** Stable id: in execution names, chains, tasks and links ("filing", "content" …). */
  readonly kind: string;
  /** What the chains page calls it (备案, 内容发布 …). */
  readonly label: string;
  readonly checklists: Checklists;
  /** What a reviewer fills in when approving, beyond the checklist (most kinds have nothing). */
  readonly assessment?: ReviewAssessment<T>;
  load(itemId: string): Promise<ReviewSubject<T> | undefined>;
  /** Writes the item in its next state (with the kind's patch), conditioned on the state it was read in. */
  write(subject: ReviewSubject<T>, next: ReviewState, patch?: Partial<T>): TxWrite;
  describe(subject: ReviewSubject<T>): Promise<ReviewDescription>;
  /** Cheap headline for lists (待我审核, the admin's lists, reminders). */
  title(subject: ReviewSubject<T>): string;
  /** Where the submitter follows the item on the page (a hash route). */
  pagePath(subject: ReviewSubject<T>): string;
  onOutcome(subject: ReviewSubject<T>, outcome: ReviewOutcome, context: OutcomeContext): Promise<OutcomeEffect<T>>;
  /** What the submitter is told of an outcome (`subject` as it is after the outcome); the review adds the greeting and link. */
  outcomeNotice(subject: ReviewSubject<T>, outcome: ReviewOutcome, context: OutcomeContext): { subject: string; lines: string[]; linkLabel: string };
}

/** The kinds plugged into this system's review, by id. */
export class ReviewKinds {
  private readonly byId = new Map<string, ReviewKind>();

  register(kind: ReviewKind): this {
    if (this.byId.has(kind.kind)) throw new Error(`review kind ${kind.kind} registered twice`);
    this.byId.set(kind.kind, kind);
    return this;
  }

  get(kind: string): ReviewKind | undefined {
    return this.byId.get(kind);
  }

  require(kind: string): ReviewKind {
    const found = this.byId.get(kind);
    if (!found) throw new Error(`unknown review kind ${kind}`);
    return found;
  }

  list(): ReviewKind[] {
    return [...this.byId.values()];
  }
}
