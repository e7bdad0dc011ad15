import { Entity } from "electrodb";
import { primary, SERVICE } from "./keys.js";

/** Head of the directory's audit chain; each directory change moves it, conditioned on its sequence. */
export const DirectoryHeadEntity = new Entity({
  model: { entity: "directoryHead", version: "1", service: SERVICE },
  attributes: {
    name: { type: "string", required: true },
    auditSeq: { type: "number", required: true },
    auditHead: { type: "string", required: true },
  },
  indexes: { byName: primary(["name"]) },
});
