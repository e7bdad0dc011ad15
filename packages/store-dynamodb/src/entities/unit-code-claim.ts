import { Entity } from "electrodb";
import { primary, SERVICE } from "./keys.js";

/** Makes a unit's human code unique (written with the unit, in one transaction). */
export const UnitCodeClaimEntity = new Entity({
  model: { entity: "unitCodeClaim", version: "1", service: SERVICE },
  attributes: {
    code: { type: "string", required: true },
    unitId: { type: "string", required: true },
  },
  indexes: { byCode: primary(["code"]) },
});
