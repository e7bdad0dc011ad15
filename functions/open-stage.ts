import { awsServices, openStagePayload } from "@beian/aws-adapters";

/** Step Functions `lambda:invoke.waitForTaskToken`: records the pending task and mails the reviewer. */
export async function handler(event: unknown): Promise<void> {
  await awsServices().reviews.openStage(openStagePayload.parse(event));
}
