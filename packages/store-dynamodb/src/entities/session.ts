import { Entity } from "electrodb";
import { primary, SERVICE, ttlAttribute } from "./keys.js";

export const SessionEntity = new Entity({
  model: { entity: "session", version: "1", service: SERVICE },
  attributes: {
    sessionHash: { type: "string", required: true },
    personId: { type: "string", required: true },
    issuedAt: { type: "string" },
    expiresAt: { type: "string", required: true },
    expiresAtEpoch: ttlAttribute,
  },
  indexes: { byHash: primary(["sessionHash"]) },
});
