import { awsInspectionRunner } from "@beian/aws-adapters";
import type { SweepResult } from "@beian/core";

/**
 * Scheduled daily (EventBridge): the inspection's reminders, deadline suspensions and grace-period
 * cancellations, read from their due-day queues. The same core code runs on a timer locally.
 */
export async function handler(): Promise<SweepResult> {
  const runner = awsInspectionRunner();
  const result = await runner.sweep.run();
  runner.deps.log.info("inspection sweep", { ...result });
  return result;
}
