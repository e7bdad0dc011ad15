import { Entity } from "electrodb";
import { onIndex, primary, SERVICE } from "./keys.js";

export const UnitEntity = new Entity({
  model: { entity: "unit", version: "1", service: SERVICE },
  attributes: {
    unitId: { type: "string", required: true },
    code: { type: "string" },
    name: { type: "string", required: true },
    email: { type: "string" },
    parentId: { type: "string" },
    /** "/root/…/self/": a sub-tree is one begins_with query on the tree index. */
    path: { type: "string", required: true },
    contactName: { type: "string" },
    contactPhone: { type: "string" },
    leaderName: { type: "string" },
    leaderTitle: { type: "string" },
  },
  indexes: {
    byId: primary(["unitId"]),
    // One partition for the whole tree: a county's units number in the hundreds.
    tree: onIndex("byOwner", [], ["path"]),
  },
});
