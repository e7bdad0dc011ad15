import { CreateTableCommand, DescribeTableCommand, UpdateTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createTableInput } from "@beian/store-dynamodb";

/**
 * Creates the application table with the production key schema unless it exists. True when an
 * existing table got its stream just now: its items predate the figures, which must be rebuilt.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<boolean> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    // A table made before report figures existed gets its stream (figures before then: `npm run reports:recount -- --repair`).
    if (!Table?.StreamSpecification?.StreamEnabled) {
      await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: createTableInput(tableName).StreamSpecification }));
      return true;
    }
    return false;
  } catch (error) {
    if ((error as Error).name !== "ResourceNotFoundException") throw error;
    await client.send(new CreateTableCommand(createTableInput(tableName)));
    return false;
  }
}
