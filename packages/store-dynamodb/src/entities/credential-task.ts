import { Entity } from "electrodb";
import { onIndex, primary, SERVICE } from "./keys.js";

/** "Rotate password / unbind devices" tasks an approved administrator change opens for the account's unit. */
export const CredentialTaskEntity = new Entity({
  model: { entity: "credentialTask", version: "1", service: SERVICE },
  attributes: {
    taskId: { type: "string", required: true },
    accountId: { type: "string", required: true },
    unitId: { type: "string", required: true },
    accountName: { type: "string", required: true },
    filingNumber: { type: "string", required: true },
    state: { type: ["open", "done"] as const, required: true },
    reason: { type: ["admin_change"] as const, required: true },
    removedAdmins: { type: "list", items: { type: "string" }, required: true },
    addedAdmins: { type: "list", items: { type: "string" }, required: true },
    openedAt: { type: "string", required: true },
    dueAt: { type: "string", required: true },
    completedAt: { type: "string" },
    completedBy: { type: "string" },
    rotatedOn: { type: "string" },
  },
  indexes: {
    byId: primary(["taskId"]),
    byAccount: onIndex("lookup", ["accountId"], ["openedAt", "taskId"]),
    byUnit: onIndex("byOwner", ["unitId"], ["openedAt", "taskId"]),
    /** Open tasks by due date: the overdue list is one key-range query. */
    byState: onIndex("byState", ["state"], ["dueAt", "taskId"]),
  },
});
