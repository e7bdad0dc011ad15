import { Entity } from "electrodb";
import { onIndex, primary, SERVICE } from "./keys.js";

export const PersonEntity = new Entity({
  model: { entity: "person", version: "1", service: SERVICE },
  attributes: {
    personId: { type: "string", required: true },
    name: { type: "string", required: true },
    email: { type: "string", required: true },
    phone: { type: "string" },
    unitId: { type: "string", required: true },
    roles: { type: "set", items: ["admin", "operator", "reviewer"] as const, required: true },
    active: { type: "boolean", required: true },
    canActForSubUnits: { type: "boolean" },
    deactivatedAt: { type: "string" },
    sessionsValidFrom: { type: "string" },
    deputyId: { type: "string" },
    deputyUntil: { type: "string" },
  },
  indexes: {
    byId: primary(["personId"]),
    byEmail: onIndex("lookup", ["email"]),
    byUnit: onIndex("byOwner", ["unitId"], ["personId"]),
    // The whole directory in one partition, for the admin's people list and reviewer pickers.
    all: onIndex("byState", [], ["personId"]),
  },
});
