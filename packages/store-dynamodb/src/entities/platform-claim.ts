import { Entity } from "electrodb";
import { primary, SERVICE } from "./keys.js";

/** Uniqueness guard: a normalized platform account can be held by one filing or account at a time. */
export const PlatformClaimEntity = new Entity({
  model: { entity: "platformClaim", version: "1", service: SERVICE },
  attributes: {
    platformKey: { type: "string", required: true },
    filingId: { type: "string", required: true },
  },
  indexes: { byKey: primary(["platformKey"]) },
});
