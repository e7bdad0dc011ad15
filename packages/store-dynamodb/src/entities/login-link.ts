import { Entity } from "electrodb";
import { primary, SERVICE, ttlAttribute } from "./keys.js";

export const LoginLinkEntity = new Entity({
  model: { entity: "loginLink", version: "1", service: SERVICE },
  attributes: {
    linkHash: { type: "string", required: true },
    personId: { type: "string", required: true },
    expiresAt: { type: "string", required: true },
    usedAt: { type: "string" },
    expiresAtEpoch: ttlAttribute,
  },
  indexes: { byHash: primary(["linkHash"]) },
});
