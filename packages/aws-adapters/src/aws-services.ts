import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createCapabilityDeps, createEffectRunner, createFigureKeeping, createInspectionRunner, createServices, reviewTasks, type CapabilityDeps, type CoreDeps, type ReviewTasks, type ServiceOptions, type Services } from "@beian/core";
import { createDynamoStores } from "@beian/store-dynamodb";
import { readEnvConfig } from "./env-config.js";
import { jsonLogger } from "./json-logger.js";
import { mailerFromEnv } from "./mailer-from-env.js";
import { SfnReviewWorkflow } from "./sfn-review-workflow.js";

type Env = Record<string, string | undefined>;

let core: CoreDeps | undefined;
let capabilities: CapabilityDeps | undefined;
let services: Services | undefined;
let effectRunner: ReturnType<typeof createEffectRunner> | undefined;
let tasks: ReviewTasks | undefined;
let figureKeeping: ReturnType<typeof createFigureKeeping> | undefined;
let inspection: ReturnType<typeof createInspectionRunner> | undefined;
let options: ServiceOptions | undefined;

/**
 * The stores on DynamoDB, Step Functions and the deployment's mail transport (SES or SMTP). Built
 * once per Lambda container so SDK clients (and their keep-alive connections) are reused.
 */
export function awsCore(env: Env = process.env): CoreDeps {
  if (core) return core;
  const config = readEnvConfig(env);
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
  options = { inspectionSchedule: config.inspectionSchedule };
  core = {
    stores: createDynamoStores({ doc, tableName: config.tableName }),
    mailer: mailerFromEnv(env),
    workflow: new SfnReviewWorkflow({ stateMachineArn: config.reviewStateMachineArn }),
    inspectionWorkflow: config.inspectionStateMachineArn ? new SfnReviewWorkflow({ stateMachineArn: config.inspectionStateMachineArn }) : undefined,
    clock: { now: () => new Date() },
    config: config.app,
    newId: randomUUID,
    log: jsonLogger(),
  };
  return core;
}

/** What a Lambda serving one capability builds that capability from (no HTTP app, no other services). */
export function awsCapabilities(env: Env = process.env): CapabilityDeps {
  capabilities ??= createCapabilityDeps(awsCore(env), options);
  return capabilities;
}

/** Every service: the API Lambda. */
export function awsServices(env: Env = process.env): Services {
  services ??= createServices(awsCore(env), options);
  return services;
}

/** Every capability's effect handlers and the review's workflow side: the outbox sweep. */
export function awsEffectRunner(env: Env = process.env) {
  effectRunner ??= createEffectRunner(awsCore(env), options);
  return effectRunner;
}

/** The review as the workflow's task Lambdas drive it (open a stage, report an outcome). */
export function awsReviewTasks(env: Env = process.env): ReviewTasks {
  tasks ??= reviewTasks(awsCapabilities(env));
  return tasks;
}

/** The report figures kept from the table's stream: the stream consumer. */
export function awsFigureKeeping(env: Env = process.env) {
  figureKeeping ??= createFigureKeeping(awsCore(env));
  return figureKeeping;
}

/** The inspection's Lambdas: the opening steps its state machine calls, and the daily sweep. */
export function awsInspectionRunner(env: Env = process.env) {
  inspection ??= createInspectionRunner(awsCore(env), options);
  return inspection;
}
