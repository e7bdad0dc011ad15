import { Entity } from "electrodb";
import { onIndex, primary, SERVICE } from "./keys.js";

export const ReviewTaskEntity = new Entity({
  model: { entity: "reviewTask", version: "1", service: SERVICE },
  attributes: {
    /** Tasks written before review kinds existed are filings'. */
    kind: { type: "string", required: true, default: "filing" },
    itemId: { type: "string", required: true },
    round: { type: "number", required: true, padding: { length: 4, char: "0" } },
    stage: { type: ["first", "second", "final"] as const, required: true },
    status: { type: ["pending", "decided", "expired"] as const, required: true },
    /** Empty while nobody may decide the task (waiting for an admin's reassignment). */
    reviewerId: { type: "string", required: true },
    reviewerName: { type: "string", required: true },
    reviewerEmail: { type: "string", required: true },
    version: { type: "number" },
    taskToken: { type: "string", required: true },
    linkHash: { type: "string", required: true },
    linkExpiresAt: { type: "string", required: true },
    createdAt: { type: "string", required: true },
    mailedAt: { type: "string" },
    decision: { type: ["approve", "reject", "return"] as const },
    comment: { type: "string" },
    checklist: { type: "list", items: { type: "string" } },
    decidedAt: { type: "string" },
    delivered: { type: "boolean" },
    remindedAt: { type: "string" },
    escalatedAt: { type: "string" },
    assignees: { type: "any" },
    chain: { type: "any" },
    onBehalfOfId: { type: "string" },
    onBehalfOfName: { type: "string" },
    reassignedAt: { type: "string" },
    /**
     * The task's work queue: "pending" while awaiting a decision (the reminder sweep queries it),
     * "undelivered" while the workflow has not accepted the decision (the re-delivery sweep queries it).
     */
    deliveryState: { type: ["none", "pending", "undelivered", "delivered"] as const, required: true, default: "none" },
  },
  indexes: {
    byItem: primary(["itemId"], ["round", "stage"]),
    byLink: onIndex("lookup", ["linkHash"]),
    byDelivery: onIndex("byState", ["deliveryState"], ["createdAt"]),
  },
});
