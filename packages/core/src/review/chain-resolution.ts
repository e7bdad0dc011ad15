import { ancestryOf } from "../directory/units.js";
import { resolveChain, type ResolvedChain } from "./chains.js";
import type { ReviewDeps } from "./review-deps.js";

/** The chain in force now for an item of `kind` owned by `unitId` (nearest override up the unit tree wins, per stage). */
export function chainResolution(deps: Pick<ReviewDeps, "chains" | "directory" | "clock">) {
  return async (kind: string, unitId: string): Promise<ResolvedChain> => {
    const [all, unit] = await Promise.all([deps.chains.listChains(kind), deps.directory.getUnit(unitId)]);
    return resolveChain(all, ancestryOf(unit?.path, unitId), deps.clock.now().toISOString());
  };
}
