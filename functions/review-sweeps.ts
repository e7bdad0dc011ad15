import { awsServices } from "@beian/aws-adapters";

/**
 * Scheduled sweep (EventBridge): reminds reviewers of decisions pending too long, escalates overdue
 * ones to the admins, and warns units of 委托运营 contracts about to end. The same core code runs on
 * a timer in the local runtime.
 */
export async function handler(): Promise<{ reminded: number; escalated: number; contractNotices: number }> {
  const services = awsServices();
  const { reminded, escalated } = await services.reviewSweeps.run();
  const { notified } = await services.contracts.sweep();
  if (reminded + escalated + notified > 0) services.deps.log.info("upkeep sweep", { reminded, escalated, contractNotices: notified });
  return { reminded, escalated, contractNotices: notified };
}
