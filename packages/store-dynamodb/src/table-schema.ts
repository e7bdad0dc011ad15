/**
 * The single table's key schema, shared by the CDK stack and the local runtime so both create
 * the same table. GSIs are named after the access patterns they serve.
 */
export const TABLE_KEYS = { partitionKey: "pk", sortKey: "sk" } as const;

export const TABLE_INDEXES = {
  /** Exact look-ups: person by email, review task by link hash, account by filing number. */
  lookup: { partitionKey: "gsi1pk", sortKey: "gsi1sk" },
  /** An owner's items in time order: a unit's filings and accounts. */
  byOwner: { partitionKey: "gsi2pk", sortKey: "gsi2sk" },
  /** Sparse work queues and register-wide lists: undelivered decisions, all filings. */
  byState: { partitionKey: "gsi3pk", sortKey: "gsi3sk" },
} as const;

/** DynamoDB TTL attribute (epoch seconds): expired login links and sessions disappear by themselves. */
export const TTL_ATTRIBUTE = "expiresAtEpoch";

export type IndexName = keyof typeof TABLE_INDEXES;

/** CreateTable input for DynamoDB Local and tests (on-demand, same keys as the CDK table). */
export function createTableInput(tableName: string) {
  const attributes = new Set<string>([TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey]);
  for (const index of Object.values(TABLE_INDEXES)) {
    attributes.add(index.partitionKey);
    attributes.add(index.sortKey);
  }
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST" as const,
    AttributeDefinitions: [...attributes].map((name) => ({ AttributeName: name, AttributeType: "S" as const })),
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: "HASH" as const },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: "RANGE" as const },
    ],
    // Report figures are kept by a consumer of the table's changes (old and new image of each item).
    StreamSpecification: { StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" as const },
    GlobalSecondaryIndexes: Object.entries(TABLE_INDEXES).map(([name, index]) => ({
      IndexName: name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: "HASH" as const },
        { AttributeName: index.sortKey, KeyType: "RANGE" as const },
      ],
      Projection: { ProjectionType: "ALL" as const },
    })),
  };
}
