import type { AppConfig, Deps } from "../ports.js";
import type { UpkeepStore } from "../upkeep-ports.js";

export const UPKEEP_DEFAULTS = { reminderAfterHours: 48, escalateAfterHours: 120, credentialTaskDueDays: 7 } as const;

export function upkeepConfig(config: AppConfig) {
  return {
    reminderAfterHours: config.reminderAfterHours ?? UPKEEP_DEFAULTS.reminderAfterHours,
    escalateAfterHours: config.escalateAfterHours ?? UPKEEP_DEFAULTS.escalateAfterHours,
    credentialTaskDueDays: config.credentialTaskDueDays ?? UPKEEP_DEFAULTS.credentialTaskDueDays,
  };
}

/** The upkeep store is optional in `Deps` (added after the first slice); wiring without it is a bug. */
export function upkeepStore(deps: Pick<Deps, "upkeep">): UpkeepStore {
  if (!deps.upkeep) throw new Error("Deps.upkeep is not wired: reminders, custody and contract services need an UpkeepStore");
  return deps.upkeep;
}
