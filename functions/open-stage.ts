import { awsReviewTasks, openStagePayload } from "@beian/aws-adapters";

/** Step Functions `lambda:invoke.waitForTaskToken`: records the pending task and mails the reviewers. */
export async function handler(event: unknown): Promise<void> {
  await awsReviewTasks().openStage(openStagePayload.parse(event));
}
