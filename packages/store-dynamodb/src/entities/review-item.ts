import { Entity } from "electrodb";
import { primary, SERVICE } from "./keys.js";

/** A small review item kept as a document (kinds without a record of their own). */
export const ReviewItemEntity = new Entity({
  model: { entity: "reviewItem", version: "1", service: SERVICE },
  attributes: {
    kind: { type: "string", required: true },
    itemId: { type: "string", required: true },
    state: { type: "any", required: true },
    body: { type: "any", required: true },
    /** Copied out of `state` so writes can be conditioned on them. */
    auditSeq: { type: "number", required: true },
    status: { type: "string", required: true },
  },
  indexes: { byItem: primary(["kind", "itemId"]) },
});
