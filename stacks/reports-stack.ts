import { StartingPosition } from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import { Function, use, type StackContext } from "sst/constructs";
import { deploySettings } from "./deploy-settings.js";
import { lambdaEnvironment } from "./lambda-environment.js";
import { FIGURE_STREAM_TABLE_ACTIONS, REPORTS_TABLE_ACTIONS, tableReadWrite } from "./permissions.js";
import { StorageStack } from "./storage-stack.js";
import { WebStack } from "./web-stack.js";

/** Gateway routes the reports Lambda serves; more specific than the API's `$default`. */
export const REPORT_ROUTES = ["GET /api/reports", "GET /api/reports/{proxy+}"] as const;

/** A record that keeps failing is retried this many times (then the recount repairs what it missed). */
export const FIGURE_STREAM_RETRIES = 50;

/**
 * Reports: the read-only reports Lambda on its own gateway routes (it carries exceljs for the
 * exports), and the consumer of the table's stream that keeps the report figures.
 */
export function ReportsStack({ stack, app }: StackContext) {
  const { table, linkSecret } = use(StorageStack);
  const { api, baseUrl } = use(WebStack);
  const settings = deploySettings(process.env, app.region);
  const environment = lambdaEnvironment(table, linkSecret, baseUrl, settings);

  const reports = new Function(stack, "ReportsHandler", {
    handler: "functions/reports.handler",
    description: "Beian reports and the 工作台 figures, with CSV / XLSX exports (read-only)",
    environment,
    // Workbooks are built in memory, and CPU grows with memory.
    memorySize: "1024 MB",
    timeout: "29 seconds",
  });
  reports.attachPermissions([tableReadWrite(table, REPORTS_TABLE_ACTIONS)]);
  api.addRoutes(stack, Object.fromEntries(REPORT_ROUTES.map((route) => [route, reports])));

  const figureStream = new Function(stack, "FigureStream", {
    handler: "functions/figure-stream.handler",
    description: "Keeps the report figures from the table's stream of changes",
    environment,
    timeout: "1 minute",
  });
  figureStream.attachPermissions([tableReadWrite(table, FIGURE_STREAM_TABLE_ACTIONS)]);
  figureStream.addEventSource(
    new DynamoEventSource(table, {
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: 100,
      // Records are applied in order; a failure reports its record, and the shard resumes from it.
      reportBatchItemFailures: true,
      retryAttempts: FIGURE_STREAM_RETRIES,
      parallelizationFactor: 1,
    }),
  );
  return { reports, figureStream };
}
