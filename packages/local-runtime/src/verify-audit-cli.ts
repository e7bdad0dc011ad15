process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { verifyAuditChain } from "@beian/core";
import { createDynamoStores } from "@beian/store-dynamodb";
import { startDynamoLocal, type DynamoLocal } from "./dynamodb-local.js";
import { freePort } from "./free-port.js";

/**
 * `npm run audit:verify -- <filingId> [...]`: checks the hash chain of each filing's audit records
 * in the local database (uses the running DynamoDB Local, or opens .beian/ itself).
 */
const ids = process.argv.slice(2).filter((a) => a !== "--");
if (ids.length === 0) {
  console.error("usage: npm run audit:verify -- <filingId> [<filingId> ...]");
  process.exit(2);
}

const projectDir = fileURLToPath(new URL("../../../", import.meta.url));
let endpoint = `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}`;
let own: DynamoLocal | undefined;
const probe = new DynamoDBClient({ endpoint, region: "local", credentials: { accessKeyId: "local", secretAccessKey: "local" }, maxAttempts: 1 });
try {
  await probe.send(new ListTablesCommand({}));
} catch {
  own = await startDynamoLocal({ port: await freePort(), dataDir: join(projectDir, ".beian", "dynamodb") });
  endpoint = own.endpoint;
}
probe.destroy();

const client = new DynamoDBClient({ endpoint, region: "local", credentials: { accessKeyId: "local", secretAccessKey: "local" } });
const stores = createDynamoStores({ doc: DynamoDBDocumentClient.from(client), tableName: "beian" });
let failures = 0;
for (const id of ids) {
  const filing = await stores.filings.getFiling(id);
  if (!filing) {
    console.log(`${id}: no such filing`);
    failures++;
    continue;
  }
  const verdict = verifyAuditChain(await stores.audit.listAudit(id), filing.auditHead);
  if (verdict.ok) console.log(`${id}: intact, ${verdict.count} records, head ${verdict.head}`);
  else {
    failures++;
    console.log(`${id}: BROKEN at record ${verdict.brokenAt} (${verdict.reason}), ${verdict.count} records`);
  }
}
client.destroy();
await own?.stop();
process.exit(failures ? 1 : 0);
