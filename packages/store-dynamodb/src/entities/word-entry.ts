import { Entity } from "electrodb";
import { primary, SERVICE } from "./keys.js";

/** A 错敏词 entry the registry office added, disabled or whitelisted (the starter set lives in code). */
export const WordEntryEntity = new Entity({
  model: { entity: "wordEntry", version: "1", service: SERVICE },
  attributes: {
    entryId: { type: "string", required: true },
    wrong: { type: "string", required: true },
    suggestion: { type: "string" },
    category: { type: "string", required: true },
    severity: { type: ["serious", "notice"] as const, required: true },
    source: { type: "string", required: true },
    kind: { type: ["word", "allow"] as const, required: true },
    enabled: { type: "boolean", required: true },
    origin: { type: ["starter", "custom"] as const, required: true },
    updatedAt: { type: "string" },
    updatedBy: { type: "string" },
  },
  // One partition: the whole dictionary is one query.
  indexes: { byEntry: primary([], ["entryId"]) },
});
