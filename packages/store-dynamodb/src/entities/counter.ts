import { Entity } from "electrodb";
import { primary, SERVICE } from "./keys.js";

export const CounterEntity = new Entity({
  model: { entity: "counter", version: "1", service: SERVICE },
  attributes: {
    name: { type: "string", required: true },
    value: { type: "number", required: true, default: 0 },
  },
  indexes: { byName: primary(["name"]) },
});
