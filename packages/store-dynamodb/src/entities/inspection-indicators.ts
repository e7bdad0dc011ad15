import { Entity } from "electrodb";
import { primary, SERVICE } from "./keys.js";

/** The inspection indicators the registry office saved (the built-in default until then), heading their own chain. */
export const InspectionIndicatorsEntity = new Entity({
  model: { entity: "inspectionIndicators", version: "1", service: SERVICE },
  attributes: {
    name: { type: "string", required: true, default: "current" },
    version: { type: "number", required: true },
    vetoes: { type: "any", required: true },
    deductions: { type: "any", required: true },
    grades: { type: "any", required: true },
    updatedAt: { type: "string" },
    updatedBy: { type: "string" },
    auditSeq: { type: "number", required: true },
    auditHead: { type: "string", required: true },
  },
  indexes: { byName: primary(["name"]) },
});
