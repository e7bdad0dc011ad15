process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

import { CreateTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createTableInput } from "@beian/store-dynamodb";
import { freePort, startDynamoLocal } from "@beian/local-runtime";
import { benchReports } from "./reports-bench.js";
import { printRows } from "./stats.js";

/**
 * The reports section of `npm run bench` alone (`npx tsx bench/reports-only.ts`), for a change to
 * one report: `BENCH_REPORT_CASES=工作台,update` times only the requests whose names start so.
 */
const dynamo = await startDynamoLocal({ port: await freePort() });
try {
  const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: "local", credentials: { accessKeyId: "local", secretAccessKey: "local" } });
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  const tableName = `bench-reports-${Date.now()}`;
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  const sizes = (process.env.BENCH_REGISTER_SIZES ?? "1000,10000").split(",").map(Number);
  const count = Number(process.env.BENCH_REPORT_COUNT ?? 100);
  console.log(`工作台 and reports at ${sizes.join(" and ")} accounts (same table), ${count} sequential requests each; raw = the handler's own DynamoDB commands replayed:`);
  const reports = await benchReports(doc, tableName, count, sizes);
  printRows(reports.rows);
  console.log("\nGrowth with the register (p50 at the larger size ÷ the smaller; kept figures are read, never accounts):");
  for (const line of reports.growth) console.log(`  ${line}`);
  client.destroy();
} finally {
  await dynamo.stop();
}
