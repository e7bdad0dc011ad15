import { TABLE_INDEXES, TABLE_KEYS, TTL_ATTRIBUTE } from "@beian/store-dynamodb";
import { RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table } from "aws-cdk-lib/aws-dynamodb";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import type { StackContext } from "sst/constructs";

const key = (name: string) => ({ name, type: AttributeType.STRING });

/** The single table, with the key schema and indexes the store and DynamoDB Local share. */
export function StorageStack({ stack, app }: StackContext) {
  const isProd = app.stage === "prod";
  const table = new Table(stack, "Table", {
    partitionKey: key(TABLE_KEYS.partitionKey),
    sortKey: key(TABLE_KEYS.sortKey),
    billingMode: BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    timeToLiveAttribute: TTL_ATTRIBUTE,
    // Report figures are kept by a consumer of this stream (ReportsStack), old and new image of every item.
    stream: StreamViewType.NEW_AND_OLD_IMAGES,
    removalPolicy: isProd ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    deletionProtection: isProd,
  });
  for (const [indexName, index] of Object.entries(TABLE_INDEXES)) {
    table.addGlobalSecondaryIndex({
      indexName,
      partitionKey: key(index.partitionKey),
      sortKey: key(index.sortKey),
      projectionType: ProjectionType.ALL,
    });
  }
  // Approval link ids are derived from this secret (a re-sent mail carries the same link); it never enters the table.
  const linkSecret = new Secret(stack, "LinkSecret", {
    description: "Beian: server-side secret approval link ids are derived from",
    generateSecretString: { passwordLength: 48, excludePunctuation: true },
    removalPolicy: isProd ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });
  stack.addOutputs({ TableName: table.tableName });
  return { table, linkSecret };
}
