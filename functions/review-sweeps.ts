import { awsCapabilities } from "@beian/aws-adapters";
import { contractService, reviewAssignment, reviewSweeps } from "@beian/core";

/**
 * Scheduled sweep (EventBridge): reminds reviewers of decisions pending too long, escalates overdue
 * ones to the admins, and warns units of 委托运营 contracts about to end. The same core code runs on
 * a timer in the local runtime.
 */
export async function handler(): Promise<{ reminded: number; escalated: number; contractNotices: number }> {
  const deps = awsCapabilities();
  const { reminded, escalated } = await reviewSweeps(deps, reviewAssignment(deps)).run();
  const { notified } = await contractService(deps).sweep();
  if (reminded + escalated + notified > 0) deps.log.info("upkeep sweep", { reminded, escalated, contractNotices: notified });
  return { reminded, escalated, contractNotices: notified };
}
