import { randomUUID } from "node:crypto";
import { CreateTableCommand } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { chainAudit, GENESIS_HASH } from "@beian/core";
import { createDynamoStores, createTableInput } from "@beian/store-dynamodb";
import { describe, expect, it } from "vitest";
import { localDynamoClient } from "../../../test/support/dynamo.js";
import { newFiling } from "../../../test/support/fixtures.js";
import { setAccountStatus } from "../../../test/support/register.js";
import { startTestSystem } from "../../../test/support/test-system.js";

describe("report figures in the local runtime", () => {
  it("a table from before figures gets its stream; rebuilt once, later writes follow the stream and a restart re-reads nothing twice", async () => {
    const client = localDynamoClient();
    const tableName = `old-${randomUUID()}`;
    const { StreamSpecification: _stream, ...withoutStream } = createTableInput(tableName);
    await client.send(new CreateTableCommand(withoutStream));
    const stores = createDynamoStores({ doc: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }), tableName });
    const unitId = `unit-${randomUUID().slice(0, 8)}`;
    await stores.seeding.seedUnit({ unitId, name: "清河县教育局" });
    const at = new Date().toISOString();
    const accountId = `acc-${randomUUID().slice(0, 8)}`;
    const audit = chainAudit({ entityId: accountId, seq: 1, at, actorId: "t", actorName: "测试", action: "account_imported", details: {} }, GENESIS_HASH);
    const data = newFiling().data;
    await stores.tx.commit(stores.accounts.writeAccount({ account: { accountId, filingNumber: `BA-${accountId}`, filingId: `import:${accountId}`, unitId, platform: "weibo", platformKey: accountId, accountName: "清河发布", status: "filed", data, filedAt: at, updatedAt: at, auditSeq: 1, auditHead: audit.hash }, audit }));

    const first = await startTestSystem({ tableName });
    expect(first.system.streamAdded).toBe(true);
    expect((await first.system.services.figureRecount.run({ repair: true })).repaired).toBe(true);
    await setAccountStatus(first.system.stores, accountId, "suspended");
    await first.system.figureStream.drain();
    expect((await first.system.services.figureRecount.run()).differences).toEqual([]);
    await first.system.stop();

    // A restart reads the stream from its start again: every change is marked as applied, so nothing counts twice.
    const again = await startTestSystem({ tableName, directory: first.directory });
    try {
      expect(again.system.streamAdded).toBe(false);
      await again.system.figureStream.drain();
      expect((await again.system.services.figureRecount.run()).differences).toEqual([]);
      expect(await again.system.stores.figures.read("accounts", ["now"], [["UP", unitId]])).toEqual([{ set: "accounts", period: "now", key: ["UP", unitId, "weibo", "suspended"], n: 1 }]);
    } finally {
      await again.system.stop();
      client.destroy();
    }
  });
});
