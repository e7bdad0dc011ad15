import { randomUUID } from "node:crypto";
import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from "@aws-sdk/client-dynamodb-streams";
import { createDynamoStores } from "@beian/store-dynamodb";
import type { DynamoDBStreamEvent } from "aws-lambda";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { freshTable } from "../../test/support/dynamo.js";
import { setAccountStatus } from "../../test/support/register.js";
import { newFiling } from "../../test/support/fixtures.js";

/**
 * The stream consumer as Lambda runs it: configured by environment only, handed the records
 * DynamoDB Local's stream holds (the Streams API and the Lambda event carry the same record shape).
 */
let tableName: string;
let stores: ReturnType<typeof createDynamoStores>;
let client: Awaited<ReturnType<typeof freshTable>>["client"];

async function streamEvent(): Promise<DynamoDBStreamEvent> {
  const streams = new DynamoDBStreamsClient({ endpoint: inject("dynamoEndpoint"), region: "local", credentials: { accessKeyId: "fake", secretAccessKey: "fake" } });
  const arn = (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table!.LatestStreamArn!;
  const Records = [];
  for (const shard of (await streams.send(new DescribeStreamCommand({ StreamArn: arn }))).StreamDescription!.Shards!) {
    const { ShardIterator } = await streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shard.ShardId, ShardIteratorType: "TRIM_HORIZON" }));
    Records.push(...((await streams.send(new GetRecordsCommand({ ShardIterator }))).Records ?? []));
  }
  return { Records } as unknown as DynamoDBStreamEvent;
}

beforeAll(async () => {
  const table = await freshTable();
  ({ tableName, client } = table);
  stores = createDynamoStores({ doc: table.doc, tableName });
  Object.assign(process.env, {
    AWS_REGION: "ap-southeast-1",
    AWS_ACCESS_KEY_ID: "fake",
    AWS_SECRET_ACCESS_KEY: "fake",
    AWS_ENDPOINT_URL_DYNAMODB: inject("dynamoEndpoint"),
    TABLE_NAME: tableName,
    MAIL_FROM: "政务新媒体备案管理系统 <noreply@beian.example.gov.cn>",
    BASE_URL: "https://beian.example.gov.cn",
    LINK_SECRET_ARN: "arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:beian/link-secret",
  });
});

describe("functions/figure-stream", () => {
  it("turns a batch of stream records into figures, once however often the batch is redelivered", async () => {
    const unitId = `unit-${randomUUID().slice(0, 8)}`;
    const filing = newFiling({ unitId });
    const accountId = `acc-${randomUUID().slice(0, 8)}`;
    const at = new Date().toISOString();
    const { chainAudit } = await import("@beian/core");
    const audit = chainAudit({ entityId: accountId, seq: 1, at, actorId: "t", actorName: "测试", action: "account_imported", details: {} }, "0".repeat(64));
    await stores.tx.commit(stores.accounts.writeAccount({ account: { accountId, filingNumber: `BA-2026-WX-${accountId}`, filingId: filing.filingId, unitId, platform: "wechat", platformKey: accountId, accountName: "清河发布", status: "filed", data: filing.data, filedAt: at, updatedAt: at, auditSeq: 1, auditHead: audit.hash }, audit }));
    await setAccountStatus(stores, accountId, "suspended");

    const { handler } = await import("../figure-stream.js");
    const event = await streamEvent();
    expect(await handler(event)).toEqual({ batchItemFailures: [] });
    expect(await handler(event)).toEqual({ batchItemFailures: [] });
    expect(await stores.figures.read("accounts", ["now"], [["UP"]])).toEqual([{ set: "accounts", period: "now", key: ["UP", unitId, "wechat", "suspended"], n: 1 }]);
    expect(await stores.figures.read("accounts", ["now"], [["A"]])).toEqual([{ set: "accounts", period: "now", key: ["A", "suspended"], n: 1 }]);
    expect(await stores.figures.read("registerGaps", ["now"])).toEqual([]);
  });

  it("reports the first record it cannot apply, so the shard resumes from it", async () => {
    const { handler } = await import("../figure-stream.js");
    const broken = { eventID: "broken-1", dynamodb: { SequenceNumber: "42", NewImage: { __edb_e__: { S: "account" }, __edb_v__: { S: "1" }, accountId: { S: "x" }, filedAt: { S: "not a date" } } } };
    expect(await handler({ Records: [broken] } as unknown as DynamoDBStreamEvent)).toEqual({ batchItemFailures: [{ itemIdentifier: "42" }] });
  });
});
