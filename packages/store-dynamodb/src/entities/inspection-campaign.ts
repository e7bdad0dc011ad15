import { Entity } from "electrodb";
import { onIndex, primary, SERVICE } from "./keys.js";

/** One annual inspection per year, with its own audit chain. */
export const InspectionCampaignEntity = new Entity({
  model: { entity: "inspectionCampaign", version: "1", service: SERVICE },
  attributes: {
    year: { type: "number", required: true },
    status: { type: ["opening", "open"] as const, required: true },
    deadline: { type: "string", required: true },
    graceDays: { type: "number", required: true },
    startedAt: { type: "string", required: true },
    startedBy: { type: "string", required: true },
    startedByName: { type: "string", required: true },
    trigger: { type: ["admin", "schedule"] as const, required: true },
    executionName: { type: "string", required: true },
    restarts: { type: "number" },
    failure: { type: "any" },
    openedAt: { type: "string" },
    reportCount: { type: "number" },
    unitCount: { type: "number" },
    auditSeq: { type: "number", required: true },
    auditHead: { type: "string", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byYear: primary(["year"]),
    /** Every campaign, by year. */
    all: onIndex("byState", [], ["year"]),
  },
});
