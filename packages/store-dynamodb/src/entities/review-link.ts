import { Entity } from "electrodb";
import { onIndex, primary, SERVICE } from "./keys.js";

/** One reviewer's approval link to a review task, keyed by the hash of its id. */
export const ReviewLinkEntity = new Entity({
  model: { entity: "reviewLink", version: "1", service: SERVICE },
  attributes: {
    linkHash: { type: "string", required: true },
    kind: { type: "string", required: true, default: "filing" },
    itemId: { type: "string", required: true },
    round: { type: "number", required: true, padding: { length: 4, char: "0" } },
    stage: { type: ["first", "second", "final"] as const, required: true },
    taskVersion: { type: "string", required: true },
    reviewerId: { type: "string", required: true },
    reviewerName: { type: "string", required: true },
    reviewerEmail: { type: "string", required: true },
    onBehalfOfId: { type: "string" },
    onBehalfOfName: { type: "string" },
    expiresAt: { type: "string", required: true },
    createdAt: { type: "string", required: true },
    mailedAt: { type: "string" },
    state: { type: ["open", "closed"] as const, required: true },
  },
  indexes: {
    byHash: primary(["linkHash"]),
    byTask: onIndex("byOwner", ["itemId"], ["round", "stage", "createdAt"]),
    /** A reviewer's open links: their 待我审核 list. */
    byReviewer: onIndex("byState", ["reviewerId", "state"], ["createdAt"]),
  },
});
