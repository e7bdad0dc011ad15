import { DescribeExecutionCommand, SendTaskFailureCommand, SendTaskSuccessCommand, SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";
import type { InspectionWorkflow, ReviewExecutionInput, ReviewWorkflow, StageResult } from "@beian/core";
import { isDeepStrictEqual } from "node:util";

/** Execution ARN of a named execution: the machine ARN with `stateMachine` swapped for `execution`. */
export function executionArn(stateMachineArn: string, executionName: string): string {
  const parts = stateMachineArn.split(":");
  if (parts.length !== 7 || parts[5] !== "stateMachine") throw new Error(`not a state machine ARN: ${stateMachineArn}`);
  parts[5] = "execution";
  return `${parts.join(":")}:${executionName}`;
}

/**
 * The `ReviewWorkflow` port on AWS Step Functions (standard workflow with task tokens); given the
 * inspection's machine, the `InspectionWorkflow` port too (it only starts executions).
 */
export class SfnReviewWorkflow implements ReviewWorkflow, InspectionWorkflow {
  private readonly client: SFNClient;
  private readonly stateMachineArn?: string;

  /** Functions that only answer task tokens need no state machine ARN. */
  constructor(options: { client?: SFNClient; stateMachineArn?: string } = {}) {
    this.client = options.client ?? new SFNClient({});
    this.stateMachineArn = options.stateMachineArn;
  }

  async start(executionName: string, input: ReviewExecutionInput | object): Promise<void> {
    const stateMachineArn = this.stateMachineArn;
    if (!stateMachineArn) throw new Error("SfnReviewWorkflow.start needs a state machine ARN (REVIEW_STATE_MACHINE_ARN or INSPECTION_STATE_MACHINE_ARN)");
    try {
      await this.client.send(new StartExecutionCommand({ stateMachineArn, name: executionName, input: JSON.stringify(input) }));
    } catch (error) {
      if ((error as Error).name !== "ExecutionAlreadyExists") throw error;
      // AWS already answers success for a running execution with the same name and input; a
      // finished one with the same input is the same review started twice, so also a success.
      const existing = await this.client.send(new DescribeExecutionCommand({ executionArn: executionArn(stateMachineArn, executionName) }));
      if (!isDeepStrictEqual(JSON.parse(existing.input ?? "null"), JSON.parse(JSON.stringify(input)))) throw error;
    }
  }

  async sendTaskSuccess(taskToken: string, output: StageResult): Promise<void> {
    await this.client.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }));
  }

  async sendTaskFailure(taskToken: string, error: string, cause: string): Promise<void> {
    await this.client.send(new SendTaskFailureCommand({ taskToken, error, cause }));
  }
}
