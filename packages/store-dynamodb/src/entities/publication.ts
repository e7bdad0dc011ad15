import { Entity } from "electrodb";
import { onIndex, primary, SERVICE } from "./keys.js";

/** Where and when a post went out: a draft's publication on one account, or a manual entry (非系统发布). */
export const PublicationEntity = new Entity({
  model: { entity: "publication", version: "1", service: SERVICE },
  attributes: {
    publicationId: { type: "string", required: true },
    accountId: { type: "string", required: true },
    unitId: { type: "string", required: true },
    platform: { type: "string", required: true },
    source: { type: ["system", "manual"] as const, required: true },
    contentType: { type: ["original", "repost"] as const },
    draftId: { type: "string" },
    contentHash: { type: "string" },
    title: { type: "string", required: true },
    url: { type: "string" },
    publishedAt: { type: "string", required: true },
    note: { type: "string" },
    recordedBy: { type: "string", required: true },
    recordedByName: { type: "string", required: true },
    recordedAt: { type: "string", required: true },
    /** The draft, or the account for a manual entry: a draft's publications are one query. */
    owner: { type: "string", hidden: true, watch: ["draftId", "accountId"], set: (_, item) => (item.draftId ? `draft:${item.draftId}` : `manual:${item.accountId}`) },
  },
  indexes: {
    byId: primary(["publicationId"]),
    byAccount: onIndex("lookup", ["accountId"], ["publishedAt", "publicationId"]),
    byOwner: onIndex("byOwner", ["owner"], ["publishedAt", "publicationId"]),
    /** Every publication in time order: how the report figures' recount reads them. */
    all: onIndex("byState", [], ["publishedAt", "publicationId"]),
  },
});
