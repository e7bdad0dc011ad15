/**
 * Opening a year's inspection (年度检查) as one Amazon States Language definition, shared by the
 * CDK stack and the local engine like the review's. One task function serves every step by its
 * `action`; all state lives in DynamoDB (the campaign, each segment's cursor, the unit items), so
 * any step may run again.
 *
 * Begin → (not ours: stop) → OpenSegments: an inline Map over the register's segments (one per
 * platform), at most `MAX_CONCURRENCY` at a time, each a loop of OpenPage (one page of reports per
 * invocation, cursor saved) until the segment is done → NotifyUnits, looping until every unit has
 * been mailed once and the campaign is open. A failure that outlives the retries is recorded on
 * the campaign (the admins are mailed and resume it) and the execution fails.
 */

export const INSPECTION_PLACEHOLDERS = {
  partition: "Partition",
  stepFunction: "InspectionStepFunctionArn",
} as const;

export type InspectionSubstitutionValues = Record<keyof typeof INSPECTION_PLACEHOLDERS, string>;

export function inspectionSubstitutions(values: InspectionSubstitutionValues): Record<string, string> {
  return Object.fromEntries(Object.entries(INSPECTION_PLACEHOLDERS).map(([key, name]) => [name, values[key as keyof InspectionSubstitutionValues]]));
}

/** Segments opened at once: bounds the write rate on the table and the Lambdas running in parallel. */
export const MAX_CONCURRENCY = 4;
/** Every step is short (one page, or a minute of unit notices); this is a ceiling, not a plan. */
export const STEP_TIMEOUT_SECONDS = 300;

const invoke = `arn:\${${INSPECTION_PLACEHOLDERS.partition}}:states:::lambda:invoke`;
const stepFunction = `\${${INSPECTION_PLACEHOLDERS.stepFunction}}`;

/** Transient failures (a throttled table, a Lambda hiccup) are retried before the opening is declared failed. */
const retry = [{ ErrorEquals: ["States.ALL"], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 }];

function step(payload: Record<string, unknown>, next: string) {
  return {
    Type: "Task",
    Resource: invoke,
    Parameters: { FunctionName: stepFunction, Payload: payload },
    OutputPath: "$.Payload",
    TimeoutSeconds: STEP_TIMEOUT_SECONDS,
    Retry: retry,
    Next: next,
  };
}

const failureCatch = { ErrorEquals: ["States.ALL"], ResultPath: "$.failure", Next: "RecordFailure" };

export function inspectionDefinition() {
  return {
    Comment: "Opens a year's annual inspection (年度检查): one report per filed or suspended account, one mail per unit",
    StartAt: "Begin",
    TimeoutSeconds: 24 * 3600,
    States: {
      Begin: { ...step({ action: "begin", "input.$": "$", "executionName.$": "$$.Execution.Name" }, "Proceed?"), Catch: [failureCatch] },
      "Proceed?": {
        Type: "Choice",
        Choices: [{ Variable: "$.proceed", BooleanEquals: true, Next: "OpenSegments" }],
        Default: "NotOurs",
      },
      NotOurs: { Type: "Succeed", Comment: "The campaign exists and another execution owns it (a second trigger starts nothing new)" },
      OpenSegments: {
        Type: "Map",
        ItemsPath: "$.segments",
        MaxConcurrency: MAX_CONCURRENCY,
        ItemProcessor: {
          ProcessorConfig: { Mode: "INLINE" },
          StartAt: "OpenPage",
          States: {
            // The iteration's state (segment, cursor, pages) goes in and comes back out, one page further.
            OpenPage: step({ action: "page", "iteration.$": "$" }, "SegmentDone?"),
            "SegmentDone?": {
              Type: "Choice",
              Choices: [{ Variable: "$.done", BooleanEquals: true, Next: "SegmentOpened" }],
              Default: "OpenPage",
            },
            SegmentOpened: { Type: "Succeed" },
          },
        },
        ResultPath: null,
        Catch: [failureCatch],
        Next: "NotifyUnits",
      },
      NotifyUnits: { ...step({ action: "notify", "year.$": "$.year" }, "Notified?"), Catch: [failureCatch] },
      "Notified?": {
        Type: "Choice",
        Choices: [{ Variable: "$.done", BooleanEquals: true, Next: "Opened" }],
        Default: "NotifyUnits",
      },
      Opened: { Type: "Succeed" },
      RecordFailure: {
        Type: "Task",
        Resource: invoke,
        Parameters: { FunctionName: stepFunction, Payload: { action: "fail", "state.$": "$" } },
        OutputPath: "$.Payload",
        TimeoutSeconds: 60,
        Retry: [{ ErrorEquals: ["States.ALL"], IntervalSeconds: 2, MaxAttempts: 6, BackoffRate: 2 }],
        Next: "OpeningFailed",
      },
      OpeningFailed: { Type: "Fail", Error: "Inspection.OpeningFailed", Cause: "recorded on the campaign; an admin resumes it" },
    },
  };
}

export type InspectionDefinition = ReturnType<typeof inspectionDefinition>;
