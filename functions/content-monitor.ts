import { awsCapabilities } from "@beian/aws-adapters";
import { DEFAULT_THRESHOLD_TABLE, monitorService } from "@beian/core";

/**
 * Scheduled once a day (EventBridge): the update monitor. Enrolls newly filed accounts, warns units
 * whose accounts reach day 10 without a post and records violations at day 14. The same core code
 * runs on a timer in the local runtime. Built from the monitor alone: no drafts, no word check.
 */
export async function handler(): Promise<{ warned: number; violated: number; checked: number }> {
  const deps = awsCapabilities();
  const result = await monitorService({ ...deps, updateThresholds: DEFAULT_THRESHOLD_TABLE }).sweep();
  deps.log.info("update monitor sweep", result);
  return result;
}
