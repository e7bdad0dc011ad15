import { describe, expect, it } from "vitest";
import { chainAudit, GENESIS_HASH, verifyAuditChain, type AuditRecord } from "@beian/core";

function chain(n: number): AuditRecord[] {
  const records: AuditRecord[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const record = chainAudit({ entityId: "f1", seq, at: `2026-11-0${seq}T00:00:00Z`, actorId: "p1", actorName: "王芳", action: `a${seq}`, details: { seq } }, prev);
    records.push(record);
    prev = record.hash;
  }
  return records;
}

describe("hash-chained audit records", () => {
  it("verifies an untouched chain and reports its head", () => {
    const records = chain(3);
    expect(verifyAuditChain(records, records[2].hash)).toEqual({ ok: true, count: 3, head: records[2].hash });
  });

  it("detects an edited record", () => {
    const records = chain(3);
    records[1] = { ...records[1], details: { seq: 99 } };
    expect(verifyAuditChain(records)).toMatchObject({ ok: false, brokenAt: 2, reason: "hash_mismatch" });
  });

  it("detects a removed middle record", () => {
    const records = chain(3);
    expect(verifyAuditChain([records[0], records[2]])).toMatchObject({ ok: false, reason: "sequence_gap" });
  });

  it("detects a truncated tail through the head kept on the entity", () => {
    const records = chain(3);
    expect(verifyAuditChain(records.slice(0, 2), records[2].hash)).toMatchObject({ ok: false, reason: "head_mismatch" });
  });

  it("detects a record re-hashed after editing (its successor no longer links)", () => {
    const records = chain(3);
    const { prevHash, hash: _h, ...fields } = records[1];
    records[1] = chainAudit({ ...fields, actorName: "冒名" }, prevHash);
    expect(verifyAuditChain(records)).toMatchObject({ ok: false, brokenAt: 3, reason: "link_mismatch" });
  });

  it("hashes independently of attribute order", () => {
    const a = chainAudit({ entityId: "e", seq: 1, at: "t", actorId: "a", actorName: "n", action: "x", details: { b: 1, a: 2 } }, GENESIS_HASH);
    const b = chainAudit({ entityId: "e", seq: 1, at: "t", actorId: "a", actorName: "n", action: "x", details: { a: 2, b: 1 } }, GENESIS_HASH);
    expect(a.hash).toBe(b.hash);
  });
});
