import { Entity } from "electrodb";
import { primary, SERVICE } from "./keys.js";

/** A review chain: the default (scope "default") or a unit's override, per kind of item. */
export const ReviewChainEntity = new Entity({
  model: { entity: "reviewChain", version: "1", service: SERVICE },
  attributes: {
    kind: { type: "string", required: true },
    scope: { type: "string", required: true },
    stages: { type: "any", required: true },
    updatedAt: { type: "string", required: true },
    updatedBy: { type: "string", required: true },
  },
  indexes: { byKind: primary(["kind"], ["scope"]) },
});
