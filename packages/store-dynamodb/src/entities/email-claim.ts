import { Entity } from "electrodb";
import { primary, SERVICE } from "./keys.js";

/** Uniqueness guard: a (normalized) email belongs to one person. */
export const EmailClaimEntity = new Entity({
  model: { entity: "emailClaim", version: "1", service: SERVICE },
  attributes: {
    email: { type: "string", required: true },
    personId: { type: "string", required: true },
  },
  indexes: { byEmail: primary(["email"]) },
});
