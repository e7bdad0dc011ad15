import { Entity } from "electrodb";
import { primary, SERVICE, ttlAttribute } from "./keys.js";

/** Log-in links sent to one address in one time window (the address only as a digest). */
export const LoginQuotaEntity = new Entity({
  model: { entity: "loginQuota", version: "1", service: SERVICE },
  attributes: {
    addressHash: { type: "string", required: true },
    window: { type: "string", required: true },
    count: { type: "number", required: true, default: 0 },
    expiresAtEpoch: ttlAttribute,
  },
  indexes: { byWindow: primary(["addressHash"], ["window"]) },
});
