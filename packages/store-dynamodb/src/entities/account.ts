import { Entity } from "electrodb";
import { onIndex, primary, SERVICE } from "./keys.js";

export const AccountEntity = new Entity({
  model: { entity: "account", version: "1", service: SERVICE },
  attributes: {
    accountId: { type: "string", required: true },
    filingNumber: { type: "string", required: true },
    filingId: { type: "string", required: true },
    unitId: { type: "string", required: true },
    platform: { type: "string", required: true },
    platformKey: { type: "string", required: true },
    accountName: { type: "string", required: true },
    status: { type: ["filed", "suspended", "cancelled"] as const, required: true },
    data: { type: "any", required: true },
    filedAt: { type: "string", required: true },
    updatedAt: { type: "string", required: true },
    statusReason: { type: "string" },
    cancelledAt: { type: "string" },
    auditSeq: { type: "number", required: true },
    auditHead: { type: "string", required: true },
  },
  indexes: {
    byId: primary(["accountId"]),
    byFilingNumber: onIndex("lookup", ["filingNumber"]),
    byUnit: onIndex("byOwner", ["unitId"], ["filedAt", "accountId"]),
  },
});
