import { Entity } from "electrodb";
import { primary, SERVICE } from "./keys.js";

export const UnitEntity = new Entity({
  model: { entity: "unit", version: "1", service: SERVICE },
  attributes: {
    unitId: { type: "string", required: true },
    name: { type: "string", required: true },
    parentId: { type: "string" },
  },
  indexes: { byId: primary(["unitId"]) },
});
