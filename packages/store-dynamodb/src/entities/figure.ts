import { Entity } from "electrodb";
import { onIndex, primary, SERVICE } from "./keys.js";

/**
 * One report figure: a counter addressed by scope ("set|period") and key, kept by the figure
 * stream consumer with ADD. A report reads a scope's items with one query.
 */
export const FigureEntity = new Entity({
  model: { entity: "figure", version: "1", service: SERVICE },
  attributes: {
    scope: { type: "string", required: true },
    key: { type: "string", required: true },
    value: { type: "number", required: true, default: 0 },
    /**
     * The recount's index: its own partition ("figures") sorted by scope + key. Written as attributes
     * of their own because an ElectroDB update sets index keys only from attributes it sets.
     */
    listing: { type: "string", required: true },
    address: { type: "string", required: true },
  },
  indexes: {
    byScope: primary(["scope"], ["key"]),
    /** Every figure, for the recount's comparison (never read by reports). */
    all: onIndex("byState", ["listing"], ["address"]),
  },
});
