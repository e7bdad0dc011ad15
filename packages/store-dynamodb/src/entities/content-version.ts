import { Entity } from "electrodb";
import { primary, SERVICE } from "./keys.js";

/** A draft's text at one version, keyed by its content hash (the same hash is the same text). */
export const ContentVersionEntity = new Entity({
  model: { entity: "contentVersion", version: "1", service: SERVICE },
  attributes: {
    draftId: { type: "string", required: true },
    hash: { type: "string", required: true },
    title: { type: "string", required: true },
    body: { type: "string", required: true },
    type: { type: ["original", "repost"] as const, required: true },
    source: { type: "string" },
    author: { type: "string", required: true },
    accountIds: { type: "list", items: { type: "string" }, required: true },
    images: { type: "list", items: { type: "string" }, required: true },
    plannedAt: { type: "string" },
    createdAt: { type: "string", required: true },
  },
  indexes: { byDraft: primary(["draftId"], ["hash"]) },
});
