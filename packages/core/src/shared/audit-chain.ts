import { createHash } from "node:crypto";

/** The chain starts from a fixed genesis hash so that the first record is verifiable too. */
export const GENESIS_HASH = "0".repeat(64);

export interface AuditFields {
  entityId: string;
  seq: number;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  details: Record<string, unknown>;
}

export interface AuditRecord extends AuditFields {
  prevHash: string;
  hash: string;
}

/** Canonical JSON (sorted keys) so the hash does not depend on attribute order in storage. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function hashAudit(fields: AuditFields, prevHash: string): string {
  return createHash("sha256").update(prevHash).update("\n").update(canonicalJson(fields)).digest("hex");
}

export function chainAudit(fields: AuditFields, prevHash: string): AuditRecord {
  return { ...fields, prevHash, hash: hashAudit(fields, prevHash) };
}

export type ChainVerdict =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; brokenAt: number; reason: "hash_mismatch" | "link_mismatch" | "sequence_gap" | "head_mismatch" };

/**
 * Verifies records in sequence order. `expectedHead` is the head hash kept on the entity itself, so
 * deleting the newest records is detected as well as editing any of them.
 */
export function verifyAuditChain(records: AuditRecord[], expectedHead?: string): ChainVerdict {
  let prev = GENESIS_HASH;
  for (const [index, record] of records.entries()) {
    if (record.seq !== index + 1) return { ok: false, count: records.length, brokenAt: record.seq, reason: "sequence_gap" };
    if (record.prevHash !== prev) return { ok: false, count: records.length, brokenAt: record.seq, reason: "link_mismatch" };
    const { prevHash: _p, hash, ...fields } = record;
    if (hashAudit(fields, prev) !== hash) return { ok: false, count: records.length, brokenAt: record.seq, reason: "hash_mismatch" };
    prev = hash;
  }
  if (expectedHead !== undefined && expectedHead !== prev) {
    return { ok: false, count: records.length, brokenAt: records.length + 1, reason: "head_mismatch" };
  }
  return { ok: true, count: records.length, head: prev };
}

/** An entity that heads its own audit chain. */
export interface Chained {
  auditSeq: number;
  auditHead: string;
}

/**
 * Appends the next record to an entity's chain and moves the entity's head to it. The caller writes
 * both in one transaction, conditioned on the previous sequence number.
 */
export function appendToChain<T extends Chained>(
  entity: T,
  entityId: string,
  actor: { id: string; name: string },
  action: string,
  details: Record<string, unknown>,
  at: string,
): { entity: T; audit: AuditRecord } {
  const audit = chainAudit({ entityId, seq: entity.auditSeq + 1, at, actorId: actor.id, actorName: actor.name, action, details }, entity.auditHead);
  return { audit, entity: { ...entity, auditSeq: audit.seq, auditHead: audit.hash } };
}
