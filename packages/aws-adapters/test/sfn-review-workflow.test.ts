import { SFNClient } from "@aws-sdk/client-sfn";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executionArn, SfnReviewWorkflow } from "../src/sfn-review-workflow.js";
import { fakeClientConfig, startFakeAwsEndpoint, type FakeAwsEndpoint } from "./fake-aws-endpoint.js";

const MACHINE = "arn:aws:states:ap-southeast-1:123456789012:stateMachine:test-beian-review";
const INPUT = { kind: "filing" as const, itemId: "f-1", round: 2 };

let aws: FakeAwsEndpoint;
let workflow: SfnReviewWorkflow;

beforeAll(async () => {
  aws = await startFakeAwsEndpoint();
  workflow = new SfnReviewWorkflow({ client: new SFNClient(fakeClientConfig(aws)), stateMachineArn: MACHINE });
});
afterAll(() => aws.stop());
beforeEach(() => {
  aws.calls.length = 0;
  aws.respond(() => undefined);
});

const alreadyExists = { status: 400, body: { __type: "ExecutionAlreadyExists", message: "Execution Already Exists" } };

describe("SfnReviewWorkflow", () => {
  it("starts a named execution of its state machine with the input as JSON", async () => {
    await workflow.start("filing-f-1-r2", INPUT);
    expect(aws.calls).toHaveLength(1);
    expect(aws.calls[0]).toMatchObject({ operation: "AWSStepFunctions.StartExecution", body: { stateMachineArn: MACHINE, name: "filing-f-1-r2" } });
    expect(JSON.parse(aws.calls[0].body.input)).toEqual(INPUT);
  });

  it("treats an existing execution with the same input as started", async () => {
    aws.respond((call) => {
      if (call.operation === "AWSStepFunctions.StartExecution") return alreadyExists;
      if (call.operation === "AWSStepFunctions.DescribeExecution") {
        return { body: { executionArn: call.body.executionArn, stateMachineArn: MACHINE, status: "SUCCEEDED", startDate: 1, input: JSON.stringify({ round: 2, itemId: "f-1", kind: "filing" }) } };
      }
    });
    await expect(workflow.start("filing-f-1-r2", INPUT)).resolves.toBeUndefined();
    expect(aws.calls.map((call) => call.operation)).toEqual(["AWSStepFunctions.StartExecution", "AWSStepFunctions.DescribeExecution"]);
    expect(aws.calls[1].body.executionArn).toBe("arn:aws:states:ap-southeast-1:123456789012:execution:test-beian-review:filing-f-1-r2");
  });

  it("rejects an existing execution of the same name with different input", async () => {
    aws.respond((call) => {
      if (call.operation === "AWSStepFunctions.StartExecution") return alreadyExists;
      if (call.operation === "AWSStepFunctions.DescribeExecution") {
        return { body: { executionArn: call.body.executionArn, stateMachineArn: MACHINE, status: "RUNNING", startDate: 1, input: JSON.stringify({ ...INPUT, round: 3 }) } };
      }
    });
    await expect(workflow.start("filing-f-1-r2", INPUT)).rejects.toMatchObject({ name: "ExecutionAlreadyExists" });
  });

  it("passes other Step Functions errors through unchanged", async () => {
    aws.respond(() => ({ status: 400, body: { __type: "StateMachineDoesNotExist", message: "gone" } }));
    await expect(workflow.start("filing-f-1-r2", INPUT)).rejects.toMatchObject({ name: "StateMachineDoesNotExist" });
    expect(aws.calls).toHaveLength(1);
  });

  it("answers a task token with the decision as JSON output, and surfaces TaskTimedOut by name", async () => {
    await workflow.sendTaskSuccess("token-1", { decision: "approve" });
    expect(aws.calls[0]).toMatchObject({ operation: "AWSStepFunctions.SendTaskSuccess", body: { taskToken: "token-1" } });
    expect(JSON.parse(aws.calls[0].body.output)).toEqual({ decision: "approve" });

    aws.respond(() => ({ status: 400, body: { __type: "TaskTimedOut", message: "Task Timed Out" } }));
    await expect(workflow.sendTaskSuccess("token-2", { decision: "return" })).rejects.toMatchObject({ name: "TaskTimedOut" });
  });

  it("refuses to start without a state machine ARN (task Lambdas only answer tokens)", async () => {
    const tokensOnly = new SfnReviewWorkflow({ client: new SFNClient(fakeClientConfig(aws)) });
    await expect(tokensOnly.start("filing-f-1-r2", INPUT)).rejects.toThrow(/REVIEW_STATE_MACHINE_ARN/);
    expect(aws.calls).toEqual([]);
  });
});

describe("executionArn", () => {
  it("derives an execution ARN from the machine ARN and rejects anything else", () => {
    expect(executionArn(MACHINE, "x")).toBe("arn:aws:states:ap-southeast-1:123456789012:execution:test-beian-review:x");
    expect(() => executionArn("arn:aws:lambda:ap-southeast-1:123456789012:function:f", "x")).toThrow(/not a state machine ARN/);
  });
});
