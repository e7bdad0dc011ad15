import { awsServices } from "@beian/aws-adapters";

/**
 * Scheduled once a day (EventBridge): the update monitor. Enrolls newly filed accounts, warns units
 * whose accounts reach day 10 without a post and records violations at day 14. The same core code
 * runs on a timer in the local runtime.
 */
export async function handler(): Promise<{ warned: number; violated: number; checked: number }> {
  const services = awsServices();
  const result = await services.content.monitor.sweep();
  services.deps.log.info("update monitor sweep", result);
  return result;
}
