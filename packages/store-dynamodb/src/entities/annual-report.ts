import { Entity } from "electrodb";
import { onIndex, primary, SERVICE } from "./keys.js";

const NOT_QUEUED = "none";

/**
 * An account's annual report for a year: keyed by account + year (a replayed opening page rewrites
 * the same item), a unit's reports of a year in one partition, suspended ones queued by the day their
 * grace period is next looked at (sparse).
 */
export const AnnualReportEntity = new Entity({
  model: { entity: "annualReport", version: "1", service: SERVICE },
  attributes: {
    reportId: { type: "string", required: true },
    year: { type: "number", required: true },
    accountId: { type: "string", required: true },
    unitId: { type: "string", required: true },
    platform: { type: "string", required: true },
    accountName: { type: "string" },
    filingNumber: { type: "string" },
    status: { type: ["pending", "in_review", "returned", "rejected", "approved"] as const, required: true },
    outcome: { type: ["open", "inspected", "suspended", "restored", "cancelled", "closed"] as const, required: true },
    answers: { type: "any" },
    figures: { type: "any" },
    indicators: { type: "any" },
    assessment: { type: "any" },
    result: { type: ["qualified", "basic", "failed"] as const },
    score: { type: "number" },
    suspendReason: { type: ["overdue", "failed", "rejected"] as const },
    suspendedAt: { type: "string" },
    suspendedAccount: { type: "boolean" },
    graceUntil: { type: "string" },
    graceCheckOn: { type: "string" },
    closedAt: { type: "string" },
    submittedBy: { type: "string", required: true },
    submittedAt: { type: "string" },
    round: { type: "number", required: true },
    stage: { type: ["first", "second", "final"] as const, required: true },
    lastDecision: { type: ["approve", "reject", "return"] as const },
    lastComment: { type: "string" },
    restarts: { type: "number" },
    auditSeq: { type: "number", required: true },
    auditHead: { type: "string", required: true },
    createdAt: { type: "string", required: true },
    updatedAt: { type: "string", required: true },
    /**
     * Derived: the day a suspended report's grace period is next looked at, else "none"; keys the
     * sparse grace queue (ElectroDB wants a value for every composite of a conditional index).
     */
    graceQueue: {
      type: "string",
      hidden: true,
      watch: ["outcome", "graceCheckOn"],
      set: (_, item) => (item.outcome === "suspended" && item.graceCheckOn ? item.graceCheckOn : NOT_QUEUED),
    },
  },
  indexes: {
    byAccount: primary(["accountId"], ["year"]),
    byUnit: onIndex("byOwner", ["year", "unitId"], ["accountId"]),
    byGrace: { ...onIndex("byState", [], ["graceQueue", "reportId"]), condition: (attr: Record<string, unknown>) => typeof attr.graceQueue === "string" && attr.graceQueue !== NOT_QUEUED },
  },
});
