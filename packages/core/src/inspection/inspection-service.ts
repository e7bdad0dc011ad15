import { campaignService } from "./campaign-service.js";
import { figuresReader } from "./figures-reader.js";
import { indicatorService } from "./indicator-service.js";
import type { InspectionDeps } from "./inspection-deps.js";
import { inspectionSweep } from "./inspection-sweep.js";
import { openingSteps, type OpeningOptions } from "./opening.js";
import { reportService } from "./report-service.js";
import { resultsView } from "./results-view.js";
import { sanctions } from "./sanctions.js";

/**
 * The annual inspection (年度检查): campaigns and their opening (driven by the inspection's state
 * machine), the units' reports, the indicators, the daily sweep, and the registry office's results.
 */
export function inspectionService(deps: InspectionDeps, options: OpeningOptions = {}) {
  const campaigns = campaignService(deps);
  const indicators = indicatorService(deps);
  return {
    campaigns,
    indicators,
    opening: openingSteps(deps, options),
    reports: reportService(deps, figuresReader(deps), indicators),
    sweep: inspectionSweep(deps, sanctions(deps)),
    results: resultsView(deps, campaigns),
  };
}

export type InspectionService = ReturnType<typeof inspectionService>;
