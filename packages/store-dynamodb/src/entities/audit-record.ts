import { Entity } from "electrodb";
import { primary, SERVICE } from "./keys.js";

/** Hash-chained audit records, one partition per audited entity, in sequence order. */
export const AuditRecordEntity = new Entity({
  model: { entity: "auditRecord", version: "1", service: SERVICE },
  attributes: {
    entityId: { type: "string", required: true },
    seq: { type: "number", required: true, padding: { length: 8, char: "0" } },
    at: { type: "string", required: true },
    actorId: { type: "string", required: true },
    actorName: { type: "string", required: true },
    action: { type: "string", required: true },
    details: { type: "any", required: true },
    prevHash: { type: "string", required: true },
    hash: { type: "string", required: true },
  },
  indexes: { byEntity: primary(["entityId"], ["seq"]) },
});
