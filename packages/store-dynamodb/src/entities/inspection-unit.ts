import { Entity } from "electrodb";
import { NOTHING_DUE } from "@beian/core";
import { onIndex, primary, SERVICE } from "./keys.js";

const counter = { type: "number", required: true } as const;

/**
 * A unit's part in a campaign: its deadline and what was sent, queued by the day the sweep next
 * looks at it (sparse), and its progress counters as numbers of their own (a report write adds to them).
 */
export const InspectionUnitEntity = new Entity({
  model: { entity: "inspectionUnit", version: "1", service: SERVICE },
  attributes: {
    year: { type: "number", required: true },
    unitId: { type: "string", required: true },
    deadline: { type: "string", required: true },
    reminded: { type: "any", required: true },
    settledFor: { type: "string" },
    notifiedAt: { type: "string", required: true },
    dueOn: { type: "string", required: true },
    extendedAt: { type: "string" },
    extendedBy: { type: "string" },
    extendReason: { type: "string" },
    total: counter,
    unsubmitted: counter,
    submitted: counter,
    inReview: counter,
    returned: counter,
    approved: counter,
    rejected: counter,
    qualified: counter,
    basic: counter,
    failed: counter,
    overdue: counter,
    suspended: counter,
    restored: counter,
    cancelled: counter,
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byUnit: primary(["year"], ["unitId"]),
    byDue: { ...onIndex("byState", [], ["dueOn", "year", "unitId"]), condition: (attr: Record<string, unknown>) => typeof attr.dueOn === "string" && attr.dueOn !== NOTHING_DUE },
  },
});
