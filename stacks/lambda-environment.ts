import { ENV } from "@beian/aws-adapters";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import type { DeploySettings } from "./deploy-settings.js";
import { mailEnvironment } from "./mail-settings.js";

/** What every Lambda reads through `readEnvConfig` (packages/aws-adapters). */
export function lambdaEnvironment(table: ITable, baseUrl: string, settings: DeploySettings): Record<string, string> {
  return {
    [ENV.tableName]: table.tableName,
    [ENV.mailFrom]: settings.mailFrom,
    ...mailEnvironment(settings.mail),
    [ENV.baseUrl]: baseUrl,
    ...settings.ttls,
  };
}
