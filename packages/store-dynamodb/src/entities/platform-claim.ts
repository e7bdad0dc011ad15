import { Entity } from "electrodb";
import { primary, SERVICE } from "./keys.js";

/**
 * Uniqueness guards, one item per key: a normalized platform account is held by one filing or
 * account at a time (`<platform>:<id>`), and an account has at most one change or cancellation
 * under way (`pending:<accountId>`). `accountId` is set once the holder is a register account.
 */
export const PlatformClaimEntity = new Entity({
  model: { entity: "platformClaim", version: "1", service: SERVICE },
  attributes: {
    platformKey: { type: "string", required: true },
    filingId: { type: "string", required: true },
    accountId: { type: "string" },
  },
  indexes: { byKey: primary(["platformKey"]) },
});
