import { Entity } from "electrodb";
import { primary, SERVICE } from "./keys.js";

/** One-off notices a sweep sent (e.g. a contract-end warning), so repeated sweeps mail once. */
export const SweepNoticeEntity = new Entity({
  model: { entity: "sweepNotice", version: "1", service: SERVICE },
  attributes: {
    noticeKey: { type: "string", required: true },
    sentAt: { type: "string", required: true },
  },
  indexes: { byKey: primary(["noticeKey"]) },
});
