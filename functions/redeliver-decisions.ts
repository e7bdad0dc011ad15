import { awsServices } from "@beian/aws-adapters";

/** Scheduled sweep: re-sends decisions whose SendTaskSuccess failed after they were written. */
export async function handler(): Promise<{ redelivered: number }> {
  const services = awsServices();
  const redelivered = await services.reviews.redeliverDecisions();
  if (redelivered > 0) services.deps.log.info("re-delivered review decisions", { redelivered });
  return { redelivered };
}
