import { Entity } from "electrodb";
import { primary, SERVICE } from "./keys.js";

/** Small named values content keeps: the dictionary's chain head, the monitor's enrollment mark. */
export const ContentMarkEntity = new Entity({
  model: { entity: "contentMark", version: "1", service: SERVICE },
  attributes: {
    name: { type: "string", required: true },
    value: { type: "string" },
    auditSeq: { type: "number" },
    auditHead: { type: "string" },
    updatedAt: { type: "string", required: true },
  },
  indexes: { byName: primary(["name"]) },
});
