import { Entity } from "electrodb";
import { onIndex, primary, SERVICE } from "./keys.js";

/**
 * Index entries of a register account, so every register filter is one key-range query instead of
 * a filtered read. An account owns a fixed set of slots (its primary key is account + slot), so
 * rewriting them on each account write moves an entry to its new partition without leaving a stale
 * one behind. `facet` names the partition a query reads; `sortKey` orders it.
 */
export const RegisterEntryEntity = new Entity({
  model: { entity: "registerEntry", version: "1", service: SERVICE },
  attributes: {
    accountId: { type: "string", required: true },
    slot: { type: "string", required: true },
    facet: { type: "string", required: true },
    sortKey: { type: "string", required: true },
    unitId: { type: "string", required: true },
    platform: { type: "string", required: true },
    status: { type: ["filed", "suspended", "cancelled"] as const, required: true },
  },
  indexes: {
    bySlot: primary(["accountId"], ["slot"]),
    byFacet: onIndex("byState", ["facet"], ["sortKey"]),
  },
});
