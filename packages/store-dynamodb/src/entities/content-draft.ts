import { Entity } from "electrodb";
import { onIndex, primary, SERVICE } from "./keys.js";

/** A content draft (稿件) with the review state it carries; its text lives in content versions. */
export const ContentDraftEntity = new Entity({
  model: { entity: "contentDraft", version: "1", service: SERVICE },
  attributes: {
    draftId: { type: "string", required: true },
    unitId: { type: "string", required: true },
    createdBy: { type: "string", required: true },
    submittedBy: { type: "string", required: true },
    title: { type: "string", required: true },
    accountIds: { type: "list", items: { type: "string" }, required: true },
    contentHash: { type: "string", required: true },
    bodyLength: { type: "number", required: true },
    submittedHash: { type: "string" },
    reviewedHash: { type: "string" },
    approvedHash: { type: "string" },
    approvedAt: { type: "string" },
    hits: { type: "any" },
    confirmations: { type: "any" },
    dictionaryVersion: { type: "number" },
    round: { type: "number", required: true },
    status: { type: ["draft", "in_review", "returned", "rejected", "approved", "published"] as const, required: true },
    stage: { type: ["first", "second", "final"] as const, required: true },
    lastDecision: { type: ["approve", "reject", "return"] as const },
    lastComment: { type: "string" },
    submittedAt: { type: "string" },
    restarts: { type: "number" },
    publishedAccountIds: { type: "list", items: { type: "string" } },
    auditSeq: { type: "number", required: true },
    auditHead: { type: "string", required: true },
    createdAt: { type: "string", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: primary(["draftId"]),
    /** A unit's drafts, newest first. */
    byUnit: onIndex("byOwner", ["unitId"], ["createdAt", "draftId"]),
    /** Every draft newest first, for the registry office. */
    all: onIndex("byState", [], ["createdAt", "draftId"]),
  },
});
