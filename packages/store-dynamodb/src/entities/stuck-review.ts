import { Entity } from "electrodb";
import { onIndex, primary, SERVICE } from "./keys.js";

/** A review round whose workflow failed for good, until an admin restarts it. */
export const StuckReviewEntity = new Entity({
  model: { entity: "stuckReview", version: "1", service: SERVICE },
  attributes: {
    kind: { type: "string", required: true },
    itemId: { type: "string", required: true },
    round: { type: "number", required: true },
    unitId: { type: "string", required: true },
    title: { type: "string", required: true },
    error: { type: "string", required: true },
    at: { type: "string", required: true },
  },
  indexes: {
    byItem: primary(["kind", "itemId"]),
    all: onIndex("byState", [], ["at", "itemId"]),
  },
});
