import { ENV } from "@beian/aws-adapters";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import type { ISecret } from "aws-cdk-lib/aws-secretsmanager";
import type { DeploySettings } from "./deploy-settings.js";
import { mailEnvironment } from "./mail-settings.js";

/** What every Lambda reads through `readEnvConfig` (packages/aws-adapters). */
export function lambdaEnvironment(table: ITable, linkSecret: ISecret, baseUrl: string, settings: DeploySettings): Record<string, string> {
  return {
    [ENV.tableName]: table.tableName,
    [ENV.linkSecretArn]: linkSecret.secretArn,
    [ENV.mailFrom]: settings.mailFrom,
    ...mailEnvironment(settings.mail),
    [ENV.baseUrl]: baseUrl,
    ...settings.ttls,
    ...settings.inspection,
  };
}
