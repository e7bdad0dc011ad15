import { chainAudit, type AuditRecord } from "../audit-chain.js";
import type { Filing } from "../filing.js";

export interface AuditActor {
  id: string;
  name: string;
}

/** The workflow itself, for changes no person made (timeouts). */
export const SYSTEM_ACTOR: AuditActor = { id: "system", name: "系统" };

/**
 * Appends the next audit record to a filing's chain and moves the filing's head to it. The caller
 * writes both in one transaction, conditioned on the previous sequence number.
 */
export function appendAudit(
  filing: Filing,
  actor: AuditActor,
  action: string,
  details: Record<string, unknown>,
  at: string,
): { filing: Filing; audit: AuditRecord } {
  const audit = chainAudit(
    { entityId: filing.filingId, seq: filing.auditSeq + 1, at, actorId: actor.id, actorName: actor.name, action, details },
    filing.auditHead,
  );
  return { audit, filing: { ...filing, auditSeq: audit.seq, auditHead: audit.hash, updatedAt: at } };
}
