import { awsServices, reviewOutcomePayload } from "@beian/aws-adapters";

/** The review's last step: closes a timed-out stage and tells the operator how it ended. */
export async function handler(event: unknown): Promise<{ status: string }> {
  return awsServices().reviews.reportOutcome(reviewOutcomePayload.parse(event));
}
