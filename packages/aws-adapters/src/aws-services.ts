import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createServices, type Services } from "@beian/core";
import { createDynamoStores } from "@beian/store-dynamodb";
import { readEnvConfig } from "./env-config.js";
import { jsonLogger } from "./json-logger.js";
import { mailerFromEnv } from "./mailer-from-env.js";
import { SfnReviewWorkflow } from "./sfn-review-workflow.js";

let services: Services | undefined;

/**
 * The core services wired to DynamoDB, Step Functions and the deployment's mail transport (SES or
 * SMTP). Built once per Lambda container so SDK clients (and their keep-alive connections) are
 * reused across invocations.
 */
export function awsServices(env: Record<string, string | undefined> = process.env): Services {
  if (services) return services;
  const config = readEnvConfig(env);
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
  services = createServices({
    stores: createDynamoStores({ doc, tableName: config.tableName }),
    mailer: mailerFromEnv(env),
    workflow: new SfnReviewWorkflow({ stateMachineArn: config.reviewStateMachineArn }),
    clock: { now: () => new Date() },
    config: config.app,
    newId: randomUUID,
    log: jsonLogger(),
  });
  return services;
}
