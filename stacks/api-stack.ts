import { ENV } from "@beian/aws-adapters";
import { Function, use, type StackContext } from "sst/constructs";
import { deploySettings } from "./deploy-settings.js";
import { lambdaEnvironment } from "./lambda-environment.js";
import { answerTask, REGISTER_FILES_TABLE_ACTIONS, sendMail, startReview, tableReadWrite, readLinkSecret } from "./permissions.js";
import { inspectionMachine } from "./inspection-machine.js";
import { ReviewStack } from "./review-stack.js";
import { StorageStack } from "./storage-stack.js";
import { WebStack } from "./web-stack.js";

/** Gateway routes the register-files Lambda serves; the more specific route wins over `$default`. */
export const REGISTER_FILE_ROUTES = [
  "GET /api/register/export.csv",
  "GET /api/register/export.xlsx",
  "GET /api/register/import-template.xlsx",
  "POST /api/register/import",
  "GET /api/inspection/campaigns/{year}/export.xlsx",
] as const;

/**
 * The Hono app on the gateway's `$default` route (CloudFront forwards API paths to it), except the
 * register's export and import: their own Lambda, so exceljs never weighs on the API's cold start.
 */
export function ApiStack({ stack, app }: StackContext) {
  const { table, linkSecret } = use(StorageStack);
  const { api, baseUrl } = use(WebStack);
  const { machine, stateMachineName } = use(ReviewStack);
  const settings = deploySettings(process.env, app.region);
  // 发起年度检查 starts the inspection's opening (InspectionStack, after this one: named, not referenced).
  const inspection = inspectionMachine(stack, app);

  const handler = new Function(stack, "ApiHandler", {
    handler: "functions/api.handler",
    description: "Beian HTTP API and the emailed confirm pages (Hono)",
    environment: { ...lambdaEnvironment(table, linkSecret, baseUrl, settings), [ENV.reviewStateMachineArn]: machine.stateMachineArn, [ENV.inspectionStateMachineArn]: inspection.arn },
    // API Gateway gives up after 30 s.
    timeout: "29 seconds",
  });
  handler.attachPermissions([
    tableReadWrite(table),
    readLinkSecret(linkSecret),
    sendMail(stack, settings.mail),
    ...startReview(stack, stateMachineName, machine.stateMachineArn),
    ...startReview(stack, inspection.name, inspection.arn),
    answerTask(machine.stateMachineArn),
  ]);

  const registerFiles = new Function(stack, "RegisterFilesHandler", {
    handler: "functions/register-files.handler",
    description: "Beian register export (CSV, XLSX) and bulk import; inspection results (XLSX)",
    environment: lambdaEnvironment(table, linkSecret, baseUrl, settings),
    // A large workbook is parsed in memory, and CPU grows with memory.
    memorySize: "1536 MB",
    // The gateway stops waiting after 30 s, but an import that long still finishes rather than
    // stopping between rows (a re-run of the same file would skip what was written anyway).
    timeout: "2 minutes",
  });
  registerFiles.attachPermissions([tableReadWrite(table, REGISTER_FILES_TABLE_ACTIONS)]);

  api.addRoutes(stack, { $default: handler, ...Object.fromEntries(REGISTER_FILE_ROUTES.map((route) => [route, registerFiles])) });
  return { handler, registerFiles };
}
