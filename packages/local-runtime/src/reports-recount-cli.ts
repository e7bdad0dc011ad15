process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createServices, figureId, type RecountResult } from "@beian/core";
import { beianService, createDynamoStores, streamDecoder } from "@beian/store-dynamodb";
import { consoleLogger } from "./console-logger.js";
import { startDynamoLocal, type DynamoLocal } from "./dynamodb-local.js";
import { LocalFigureStream, streamsClientFor } from "./figure-stream-poller.js";
import { ensureTable } from "./ensure-table.js";
import { freePort } from "./free-port.js";

/**
 * `npm run reports:recount [-- --repair] [--aws --table <name>]`: rebuilds every report figure from
 * the source items (through indexes, never a Scan) and lists each figure whose kept value differs.
 * Locally it first applies what the table's stream still holds. `--repair` sets the differing
 * figures to the rebuilt values (on a quiet system). `--aws` runs against a deployed table with the
 * usual AWS credentials. Exit code 1 when a difference was found.
 */
const args = process.argv.slice(2).filter((a) => a !== "--");
const repair = args.includes("--repair");
const aws = args.includes("--aws");
const tableName = (args.includes("--table") && args[args.indexOf("--table") + 1]) || "beian";

let own: DynamoLocal | undefined;
let client: DynamoDBClient;
let endpoint: string | undefined;
if (aws) client = new DynamoDBClient({});
else {
  endpoint = `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}`;
  const probe = new DynamoDBClient({ endpoint, region: "local", credentials: { accessKeyId: "local", secretAccessKey: "local" }, maxAttempts: 1 });
  try {
    await probe.send(new ListTablesCommand({}));
  } catch {
    own = await startDynamoLocal({ port: await freePort(), dataDir: join(fileURLToPath(new URL("../../../", import.meta.url)), ".beian", "dynamodb") });
    endpoint = own.endpoint;
  }
  probe.destroy();
  client = new DynamoDBClient({ endpoint, region: "local", credentials: { accessKeyId: "local", secretAccessKey: "local" } });
  await ensureTable(client, tableName);
}

const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
const log = consoleLogger();
const services = createServices({
  stores: createDynamoStores({ doc, tableName }),
  mailer: { send: async () => {} },
  workflow: { start: async () => {}, sendTaskSuccess: async () => {}, sendTaskFailure: async () => {} },
  clock: { now: () => new Date() },
  config: { baseUrl: "http://127.0.0.1", approvalLinkTtlHours: 72, loginLinkTtlMinutes: 15, sessionTtlHours: 12, linkSecret: "unused" },
  newId: randomUUID,
  log,
});

if (endpoint) {
  const streams = streamsClientFor(endpoint);
  const stream = new LocalFigureStream({ client, streams, tableName, decode: streamDecoder(beianService(doc, tableName)), keep: (c) => services.figureKeeper.keep(c), log });
  await stream.drain();
  streams.destroy();
}

const result: RecountResult = await services.figureRecount.run({ repair });
console.log(`read ${result.itemsRead} source items; ${result.figures} figures rebuilt; ${result.differences.length} differ from the kept ones`);
for (const d of result.differences) console.log(`  ${figureId(d)}: kept ${d.stored}, rebuilt ${d.expected}`);
if (result.repaired) console.log("repaired: the differing figures now hold the rebuilt values");
client.destroy();
await own?.stop();
process.exit(result.differences.length && !result.repaired ? 1 : 0);
