import { awsReviewTasks, reviewOutcomePayload } from "@beian/aws-adapters";

/** The review's last step: closes a timed-out stage and tells the operator, or records a failed round for the admins. */
export async function handler(event: unknown): Promise<{ status: string }> {
  return awsReviewTasks().reportOutcome(reviewOutcomePayload.parse(event));
}
