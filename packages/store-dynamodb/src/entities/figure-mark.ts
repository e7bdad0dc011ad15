import { Entity } from "electrodb";
import { primary, SERVICE, ttlAttribute } from "./keys.js";

/**
 * A stream change whose figure deltas were applied, written in the same transaction as the deltas:
 * a redelivered change finds it and changes nothing. Kept past the stream's 24-hour retention.
 */
export const FigureMarkEntity = new Entity({
  model: { entity: "figureMark", version: "1", service: SERVICE },
  attributes: {
    changeId: { type: "string", required: true },
    appliedAt: { type: "string", required: true },
    expiresAtEpoch: ttlAttribute,
  },
  indexes: { byChange: primary(["changeId"]) },
});
