import { PLATFORMS, type Platform } from "../shared/platforms.js";

/** 备案编号, e.g. "BA-2026-WX-00042": year of filing, platform code, register-wide sequence. */
export function formatFilingNumber(year: number, platform: Platform, sequence: number): string {
  return `BA-${year}-${PLATFORMS[platform].code}-${String(sequence).padStart(5, "0")}`;
}
