import { Entity } from "electrodb";
import { onIndex, primary, SERVICE } from "./keys.js";

/** A warning or violation the update monitor's sweep recorded, with the entry's step. */
export const MonitorEventEntity = new Entity({
  model: { entity: "monitorEvent", version: "1", service: SERVICE },
  attributes: {
    accountId: { type: "string", required: true },
    unitId: { type: "string", required: true },
    platform: { type: "string", required: true },
    kind: { type: ["warned", "violated"] as const, required: true },
    at: { type: "string", required: true },
    days: { type: "number", required: true },
    lastPublishedAt: { type: "string", required: true },
  },
  indexes: {
    /** An account's warnings and violations in time order. */
    byId: primary(["accountId"], ["at", "kind"]),
    /** Every event in time order: how the report figures' recount reads them. */
    all: onIndex("byState", [], ["at", "accountId", "kind"]),
  },
});
