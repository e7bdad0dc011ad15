import { Entity } from "electrodb";
import { primary, SERVICE } from "./keys.js";

/** Where a campaign's opening stands in one slice of the register (a platform's index partition). */
export const InspectionSegmentEntity = new Entity({
  model: { entity: "inspectionSegment", version: "1", service: SERVICE },
  attributes: {
    year: { type: "number", required: true },
    segment: { type: "string", required: true },
    cursor: { type: "string" },
    done: { type: "boolean", required: true },
    pages: { type: "number", required: true },
    written: { type: "number", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: { bySegment: primary(["year"], ["segment"]) },
});
