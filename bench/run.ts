process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

import { CreateTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createTableInput } from "@beian/store-dynamodb";
import { freePort, startDynamoLocal } from "@beian/local-runtime";
import { measureColdStarts, printColdStarts } from "./lambda-cold-start.js";
import { benchInspection } from "./inspection-bench.js";
import { benchMonitor } from "./monitor-bench.js";
import { benchRegister } from "./register-bench.js";
import { benchReports } from "./reports-bench.js";
import { benchReviewPaths } from "./review-bench.js";
import { printRows } from "./stats.js";
import { benchWordCheck } from "./word-check-bench.js";

const COUNT = Number(process.env.BENCH_COUNT ?? 500);
/** `BENCH_ONLY=inspection npm run bench` runs one section (the others take minutes). */
const ONLY = process.env.BENCH_ONLY;
const runs = (section: string) => !ONLY || ONLY.split(",").includes(section);

const dynamo = await startDynamoLocal({ port: await freePort() });
try {
  const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: "local", credentials: { accessKeyId: "local", secretAccessKey: "local" } });
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  const tableName = `bench-${Date.now()}`;
  await client.send(new CreateTableCommand(createTableInput(tableName)));

  console.log(`Beian benchmarks — in-process Hono app on DynamoDB Local (in memory), ${COUNT} sequential requests each.`);
  console.log("raw = the same DynamoDB operations the handler makes, sent directly; ratio = handler p50 / raw p50.");
  if (runs("review")) printRows(await benchReviewPaths(client, doc, tableName, COUNT));

  const sizes = (process.env.BENCH_REGISTER_SIZES ?? "1000,10000").split(",").map(Number);
  if (runs("register")) {
    console.log(`\n备案登记 at ${sizes.join(" and ")} accounts (same table), ${COUNT} sequential requests each; raw = the handler's own DynamoDB commands replayed:`);
    await client.send(new CreateTableCommand(createTableInput(`${tableName}-register`)));
    printRows(await benchRegister(doc, `${tableName}-register`, COUNT, sizes));
  }

  if (runs("monitor")) {
    console.log("");
    await client.send(new CreateTableCommand(createTableInput(`${tableName}-monitor`)));
    for (const line of await benchMonitor(doc, `${tableName}-monitor`, sizes)) console.log(line);
  }
  if (runs("words")) {
    console.log("");
    for (const line of benchWordCheck()) console.log(line);
  }
  if (runs("inspection")) {
    console.log("");
    const inspectionSizes = (process.env.BENCH_INSPECTION_SIZES ?? "2000,20000").split(",").map(Number);
    await client.send(new CreateTableCommand(createTableInput(`${tableName}-inspection`)));
    for (const line of await benchInspection(client, doc, `${tableName}-inspection`, inspectionSizes, Math.min(COUNT, 200))) console.log(line);
  }
  if (runs("reports")) {
    const reportCount = Number(process.env.BENCH_REPORT_COUNT ?? Math.min(COUNT, 200));
    console.log(`\n工作台 and reports at ${sizes.join(" and ")} accounts (same table), ${reportCount} sequential requests each; raw = the handler's own DynamoDB commands replayed:`);
    await client.send(new CreateTableCommand(createTableInput(`${tableName}-reports`)));
    const reports = await benchReports(doc, `${tableName}-reports`, reportCount, sizes);
    printRows(reports.rows);
    console.log("\nGrowth with the register (p50 at the larger size ÷ the smaller; kept figures are read, never accounts):");
    for (const line of reports.growth) console.log(`  ${line}`);
  }
  client.destroy();
} finally {
  await dynamo.stop();
}

// After DynamoDB Local has stopped, so its JVM does not compete with the fresh Node processes.
if (runs("lambdas")) printColdStarts(await measureColdStarts());
