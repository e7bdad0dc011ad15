import { awsInspectionRunner } from "@beian/aws-adapters";
import type { OpeningStep } from "@beian/core";

/**
 * The inspection state machine's task function (`lambda:invoke`): begin, one page of reports, the
 * units' notices, or recording a failure, by the step's `action`. Each invocation is one short step.
 */
export async function handler(event: OpeningStep): Promise<unknown> {
  return awsInspectionRunner().opening.run(event);
}
