import { randomUUID } from "node:crypto";
import { CreateTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";
import { createTableInput } from "../../packages/store-dynamodb/src/table-schema.js";

export function localDynamoClient(): DynamoDBClient {
  return new DynamoDBClient({
    endpoint: inject("dynamoEndpoint"),
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
}

/** A fresh table with the production key schema, so tests never share state. */
export async function freshTable(client = localDynamoClient()): Promise<{ client: DynamoDBClient; doc: DynamoDBDocumentClient; tableName: string }> {
  const tableName = `test-${randomUUID()}`;
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  return { client, doc: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }), tableName };
}
