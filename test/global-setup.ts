import type { TestProject } from "vitest/node";
import { startDynamoLocal } from "../packages/local-runtime/src/dynamodb-local.js";
import { startMailCatcher } from "../packages/local-runtime/src/mail-catcher.js";
import { freePort } from "../packages/local-runtime/src/free-port.js";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    smtpPort: number;
    mailWebUrl: string;
  }
}

/** One in-memory DynamoDB Local and one mail catcher for the whole run; tests make their own tables and ids. */
export default async function setup(project: TestProject) {
  const dynamo = await startDynamoLocal({ port: await freePort() });
  const mail = await startMailCatcher({ smtpPort: await freePort(), webPort: await freePort() });
  project.provide("dynamoEndpoint", dynamo.endpoint);
  project.provide("smtpPort", mail.smtpPort);
  project.provide("mailWebUrl", mail.webUrl);
  return async () => {
    await mail.stop();
    await dynamo.stop();
  };
}
