import type { AuditActor } from "../shared/actors.js";
import { appendToChain } from "../shared/audit-chain.js";
import type { OutboxEvent } from "../shared/outbox.js";
import type { TxWrite } from "../shared/ports.js";
import type { ReviewKind, ReviewState, ReviewSubject } from "./kind.js";
import type { ReviewDeps } from "./review-deps.js";

export interface ReviewStep {
  /** The review state's fields that change (status, stage …). */
  state?: Partial<ReviewState>;
  action: string;
  actor: AuditActor;
  details: Record<string, unknown>;
  at: string;
  /** The kind's own fields that change with the step. */
  patch?: Record<string, unknown>;
  writes?: TxWrite[];
  events?: OutboxEvent[];
}

/**
 * One step of an item's review, atomically: the item in its next state (conditioned on the state it
 * was read in), the step's record on the item's audit chain, the step's other writes and the events
 * to carry out once committed. Throws `StoreConflict` when any condition fails.
 */
export async function commitReviewStep(deps: Pick<ReviewDeps, "tx" | "audit" | "effects">, kind: ReviewKind, subject: ReviewSubject, step: ReviewStep) {
  const moved = { ...subject.state, ...step.state, updatedAt: step.at };
  const { entity: state, audit } = appendToChain(moved, subject.state.itemId, step.actor, step.action, step.details, step.at);
  const events = step.events ?? [];
  await deps.tx.commit([kind.write(subject, state, step.patch), deps.audit.appendAudit(audit), ...(step.writes ?? []), ...events.map((e) => deps.effects.record(e))]);
  return { state, audit, events };
}
