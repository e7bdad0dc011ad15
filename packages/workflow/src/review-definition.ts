/**
 * The three-stage review (初审 → 复审 → 终审) as one Amazon States Language definition, shared by
 * the CDK stack (DefinitionBody.fromString + definitionSubstitutions) and the local engine.
 *
 * Each stage is a `.waitForTaskToken` Lambda invoke: the task Lambda records the pending review
 * task with the token and emails the reviewer; the execution then waits until the decision POST
 * calls SendTaskSuccess with `{ decision }`. All domain state lives in DynamoDB; the workflow only
 * orders the stages and reports the outcome.
 */

/**
 * Substitution placeholders, resolved by CDK in AWS and by the local runtime locally. The partition
 * is one of them because the service-integration ARNs differ by partition (`arn:aws-cn:states:::…`
 * in the China regions), so the definition names none.
 */
export const REVIEW_PLACEHOLDERS = {
  partition: "Partition",
  openStageFunction: "OpenStageFunctionArn",
  outcomeFunction: "ReviewOutcomeFunctionArn",
} as const;

/** The partition the local engine runs as: its task resources are matched against `arn:aws:…`. */
export const LOCAL_PARTITION = "aws";

/** One value per placeholder, keyed like REVIEW_PLACEHOLDERS: leaving one out does not compile. */
export type ReviewSubstitutionValues = Record<keyof typeof REVIEW_PLACEHOLDERS, string>;

/**
 * Every placeholder's substitution, by placeholder name: CDK's `definitionSubstitutions` (with
 * `Aws.PARTITION` and the functions' ARNs) and the local runtime's `substitute(…)` (with
 * LOCAL_PARTITION and its local function names) both take this.
 */
export function reviewSubstitutions(values: ReviewSubstitutionValues): Record<string, string> {
  return Object.fromEntries(Object.entries(REVIEW_PLACEHOLDERS).map(([key, name]) => [name, values[key as keyof ReviewSubstitutionValues]]));
}

const placeholder = (name: string) => `\${${name}}`;
const lambdaInvoke = (suffix = "") => `arn:${placeholder(REVIEW_PLACEHOLDERS.partition)}:states:::lambda:invoke${suffix}`;

/** Stage wait limit: 14 days, well below the local engine's 2,147,483 s timer ceiling. */
export const STAGE_TIMEOUT_SECONDS = 14 * 24 * 3600;

export const REVIEW_STATE_NAMES = {
  first: "FirstReview",
  second: "SecondReview",
  final: "FinalReview",
} as const;

type Stage = keyof typeof REVIEW_STATE_NAMES;

const lambdaRetry = [
  {
    ErrorEquals: ["Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException"],
    IntervalSeconds: 2,
    MaxAttempts: 3,
    BackoffRate: 2,
  },
];

/** Any other failure (a task Lambda failing for good) is recorded, so the item waits for an admin instead of a dead execution. */
const failureCatch = { ErrorEquals: ["States.ALL"], ResultPath: "$.failure", Next: "RecordFailure" };

function stageState(stage: Stage, next: string) {
  return {
    Type: "Task",
    Resource: lambdaInvoke(".waitForTaskToken"),
    Parameters: {
      FunctionName: `\${${REVIEW_PLACEHOLDERS.openStageFunction}}`,
      Payload: {
        "kind.$": "$.kind",
        "itemId.$": "$.itemId",
        "round.$": "$.round",
        stage,
        "taskToken.$": "$$.Task.Token",
      },
    },
    TimeoutSeconds: STAGE_TIMEOUT_SECONDS,
    ResultPath: `$.decisions.${stage}`,
    Retry: lambdaRetry,
    Catch: [
      {
        ErrorEquals: ["States.Timeout"],
        ResultPath: "$.timeout",
        Next: `${REVIEW_STATE_NAMES[stage]}TimedOut`,
      },
      failureCatch,
    ],
    Next: next,
  };
}

function choiceAfter(stage: Stage, onApprove: string) {
  return {
    Type: "Choice",
    Choices: [{ Variable: `$.decisions.${stage}.decision`, StringEquals: "approve", Next: onApprove }],
    Default: "ReportOutcome",
  };
}

function timedOutState(stage: Stage) {
  return {
    Type: "Pass",
    Result: stage,
    ResultPath: "$.timedOutStage",
    Next: "ReportOutcome",
  };
}

export function reviewDefinition() {
  return {
    Comment: "Three-stage review (初审 → 复审 → 终审) decided through emailed approval links",
    StartAt: REVIEW_STATE_NAMES.first,
    States: {
      [REVIEW_STATE_NAMES.first]: stageState("first", "AfterFirstReview"),
      AfterFirstReview: choiceAfter("first", REVIEW_STATE_NAMES.second),
      [REVIEW_STATE_NAMES.second]: stageState("second", "AfterSecondReview"),
      AfterSecondReview: choiceAfter("second", REVIEW_STATE_NAMES.final),
      [REVIEW_STATE_NAMES.final]: stageState("final", "ReportOutcome"),
      [`${REVIEW_STATE_NAMES.first}TimedOut`]: timedOutState("first"),
      [`${REVIEW_STATE_NAMES.second}TimedOut`]: timedOutState("second"),
      [`${REVIEW_STATE_NAMES.final}TimedOut`]: timedOutState("final"),
      ReportOutcome: {
        Type: "Task",
        Resource: lambdaInvoke(),
        Parameters: {
          FunctionName: `\${${REVIEW_PLACEHOLDERS.outcomeFunction}}`,
          "Payload.$": "$",
        },
        OutputPath: "$.Payload",
        TimeoutSeconds: 60,
        Retry: lambdaRetry,
        Catch: [failureCatch],
        End: true,
      },
      RecordFailure: {
        Type: "Task",
        Resource: lambdaInvoke(),
        Parameters: {
          FunctionName: `\${${REVIEW_PLACEHOLDERS.outcomeFunction}}`,
          Payload: {
            "kind.$": "$.kind",
            "itemId.$": "$.itemId",
            "round.$": "$.round",
            failure: { "error.$": "$.failure.Error", "cause.$": "$.failure.Cause" },
          },
        },
        OutputPath: "$.Payload",
        TimeoutSeconds: 60,
        Retry: [{ ...lambdaRetry[0], ErrorEquals: ["States.ALL"], MaxAttempts: 6 }],
        End: true,
      },
    },
  };
}

export type ReviewDefinition = ReturnType<typeof reviewDefinition>;

/** Replaces `${Name}` placeholders the way CDK's definitionSubstitutions does. */
export function substitute<T>(definition: T, values: Record<string, string>): T {
  const json = JSON.stringify(definition).replace(/\$\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  return JSON.parse(json) as T;
}
