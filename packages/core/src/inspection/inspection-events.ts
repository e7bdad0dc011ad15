import type { Effects } from "../shared/outbox.js";
import type { InspectionDeps } from "./inspection-deps.js";
import type { InspectionExecutionInput } from "./ports.js";

export const INSPECTION_EVENTS = {
  /** Start the execution that opens a campaign (idempotent by its deterministic name). */
  start: "inspection.start",
} as const;

export const inspectionStartEvent = (fx: Effects, executionName: string, input: InspectionExecutionInput) => fx.event(INSPECTION_EVENTS.start, { executionName, input });

/** Carries out what the inspection records with its writes. */
export function registerInspectionEffects(deps: Pick<InspectionDeps, "effects" | "inspectionWorkflow">) {
  deps.effects.on(INSPECTION_EVENTS.start, async (payload) => {
    if (!deps.inspectionWorkflow) throw new Error("no inspection workflow is configured here; left for a runner that has one");
    await deps.inspectionWorkflow.start(payload.executionName as string, payload.input as InspectionExecutionInput);
  });
}
