import { randomUUID } from "node:crypto";
import { GENESIS_HASH, chainAudit, normalizePlatformAccountId, type Filing, type FilingInput, type ReviewTask } from "@beian/core";

/** A valid open-account filing body; `overrides` shallow-replace fields. */
export function filingInput(overrides: Partial<FilingInput> = {}): FilingInput {
  const suffix = randomUUID().slice(0, 8);
  return {
    platform: "wechat",
    accountName: `清河县发布${suffix}`,
    platformAccountId: `gh_${suffix}`,
    purpose: "发布县政府权威信息，解读政策，回应关切。",
    publishingScope: "政务公开信息、政策解读、便民服务。",
    leader: { name: "李明", title: "县政府办公室主任", phone: "13800000001" },
    administrators: [{ name: "王芳", phone: "13800000002", email: `wangfang-${suffix}@example.gov.cn`, onPayroll: true }],
    operationMode: "self",
    verification: "verified",
    ...overrides,
  };
}

export function newFiling(overrides: Partial<Filing> = {}): Filing {
  const data = filingInput();
  return {
    filingId: randomUUID(),
    kind: "open",
    unitId: `unit-${randomUUID()}`,
    submittedBy: `person-${randomUUID()}`,
    round: 1,
    status: "in_review",
    stage: "first",
    data,
    platform: data.platform,
    platformKey: `${data.platform}:${normalizePlatformAccountId(data.platformAccountId)}`,
    auditSeq: 0,
    auditHead: GENESIS_HASH,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    ...overrides,
  };
}

/** A filing plus its first audit record, ready to commit as a creation. */
export function firstChange(filing = newFiling()) {
  const audit = chainAudit(
    { entityId: filing.filingId, seq: 1, at: filing.createdAt, actorId: filing.submittedBy, actorName: "王芳", action: "filing_submitted", details: { round: 1 } },
    GENESIS_HASH,
  );
  return { filing: { ...filing, auditSeq: 1, auditHead: audit.hash }, audit, claimPlatformKey: filing.platformKey };
}

export function pendingTask(itemId: string, overrides: Partial<ReviewTask> = {}): ReviewTask {
  return {
    kind: "filing",
    itemId,
    round: 1,
    stage: "first",
    status: "pending",
    reviewerId: `reviewer-${randomUUID()}`,
    reviewerName: "赵审核",
    reviewerEmail: "zhao@example.gov.cn",
    taskToken: `token-${randomUUID()}`,
    linkHash: randomUUID().replace(/-/g, ""),
    linkExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}
