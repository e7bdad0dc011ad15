import type { Platform } from "../../shared/platforms.js";

/** Days without a post after which the unit is warned, and after which a violation is recorded. */
export interface UpdateThresholds {
  warnDays: number;
  violationDays: number;
}

/**
 * 国办秘函〔2019〕19号: no update in the two weeks before a check fails an account outright; the
 * warning comes four days earlier. Provinces differ (weekly, every 10 days), so this is data, per
 * platform, overridable by the deployment (ServiceOptions.updateThresholds).
 */
export const DEFAULT_THRESHOLDS: UpdateThresholds = { warnDays: 10, violationDays: 14 };

export type ThresholdTable = Partial<Record<Platform, UpdateThresholds>> & { default: UpdateThresholds };

export const DEFAULT_THRESHOLD_TABLE: ThresholdTable = { default: DEFAULT_THRESHOLDS };

export const thresholdsFor = (table: ThresholdTable, platform: string): UpdateThresholds => table[platform as Platform] ?? table.default;
