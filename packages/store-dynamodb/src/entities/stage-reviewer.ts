import { Entity } from "electrodb";
import { primary, SERVICE } from "./keys.js";

/** Review chain membership: who may decide a stage of a filing review. */
export const StageReviewerEntity = new Entity({
  model: { entity: "stageReviewer", version: "1", service: SERVICE },
  attributes: {
    stage: { type: ["first", "second", "final"] as const, required: true },
    personId: { type: "string", required: true },
  },
  indexes: { byStage: primary(["stage"], ["personId"]) },
});
