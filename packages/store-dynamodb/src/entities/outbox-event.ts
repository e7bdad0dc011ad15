import { Entity } from "electrodb";
import { onIndex, primary, SERVICE } from "./keys.js";

/** An effect recorded with a write, pending until carried out (then deleted). */
export const OutboxEventEntity = new Entity({
  model: { entity: "outboxEvent", version: "1", service: SERVICE },
  attributes: {
    eventId: { type: "string", required: true },
    type: { type: "string", required: true },
    payload: { type: "any", required: true },
    createdAt: { type: "string", required: true },
    /** While set and in the future, one runner holds the event (or it waits to be retried). */
    leaseUntil: { type: "string" },
    attempts: { type: "number" },
    lastError: { type: "string" },
  },
  indexes: {
    byId: primary(["eventId"]),
    /** Every pending event, oldest first: the outbox sweep's queue. */
    pending: onIndex("byState", [], ["createdAt", "eventId"]),
  },
});
