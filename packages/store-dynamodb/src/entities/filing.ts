import { Entity } from "electrodb";
import { onIndex, primary, SERVICE } from "./keys.js";

export const FilingEntity = new Entity({
  model: { entity: "filing", version: "1", service: SERVICE },
  attributes: {
    filingId: { type: "string", required: true },
    kind: { type: ["open", "change", "cancel"] as const, required: true },
    accountId: { type: "string" },
    previousData: { type: "any" },
    transferToUnitId: { type: "string" },
    reason: { type: "string" },
    unitId: { type: "string", required: true },
    submittedBy: { type: "string", required: true },
    round: { type: "number", required: true },
    status: { type: ["in_review", "returned", "rejected", "filed", "withdrawn"] as const, required: true },
    stage: { type: ["first", "second", "final"] as const, required: true },
    data: { type: "any", required: true },
    platform: { type: "string", required: true },
    platformKey: { type: "string", required: true },
    filingNumber: { type: "string" },
    lastDecision: { type: ["approve", "reject", "return"] as const },
    lastComment: { type: "string" },
    submittedAt: { type: "string" },
    restarts: { type: "number" },
    auditSeq: { type: "number", required: true },
    auditHead: { type: "string", required: true },
    createdAt: { type: "string", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: primary(["filingId"]),
    byUnit: onIndex("byOwner", ["unitId"], ["createdAt", "filingId"]),
    /** The one-account-per-platform rule reads only this unit's filings on one platform. */
    byUnitPlatform: onIndex("lookup", ["unitId", "platform"], ["createdAt", "filingId"]),
    /** Every filing newest first, for the registry office's 备案管理 list (paged). */
    all: onIndex("byState", [], ["createdAt", "filingId"]),
  },
});
