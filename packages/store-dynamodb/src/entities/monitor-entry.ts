import { Entity } from "electrodb";
import { onIndex, primary, SERVICE } from "./keys.js";

/** One account under the update monitor: by the day its next threshold is due, and by last update. */
export const MonitorEntryEntity = new Entity({
  model: { entity: "monitorEntry", version: "1", service: SERVICE },
  attributes: {
    accountId: { type: "string", required: true },
    unitId: { type: "string", required: true },
    platform: { type: "string", required: true },
    accountName: { type: "string", required: true },
    filingNumber: { type: "string", required: true },
    lastPublishedAt: { type: "string", required: true },
    lastSource: { type: ["enrolled", "system", "manual"] as const, required: true },
    lastTitle: { type: "string" },
    state: { type: ["ok", "warned", "violated"] as const, required: true },
    warnedAt: { type: "string" },
    violatedAt: { type: "string" },
    dueOn: { type: "string", required: true },
    version: { type: "number", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: primary(["accountId"]),
    /** The daily sweep's queue: entries due on a day, read up to today. */
    byDue: onIndex("byState", [], ["dueOn", "accountId"]),
    /** 更新监测 of a unit, longest without update first. */
    byUnit: onIndex("lookup", ["unitId"], ["lastPublishedAt", "accountId"]),
    /** 更新监测 of every unit. */
    all: onIndex("byOwner", [], ["lastPublishedAt", "accountId"]),
  },
});
