import { ArnFormat, Stack } from "aws-cdk-lib";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { ISecret } from "aws-cdk-lib/aws-secretsmanager";
import type { MailSettings } from "./mail-settings.js";

/**
 * The item-level DynamoDB actions the store uses (TransactWriteItems is authorized per contained
 * Put/Update/Delete/ConditionCheck). No Scan: listings query indexes.
 */
export const TABLE_DATA_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:ConditionCheckItem",
];

export function tableReadWrite(table: ITable, actions: readonly string[] = TABLE_DATA_ACTIONS): PolicyStatement {
  return new PolicyStatement({ actions: [...actions], resources: [table.tableArn, `${table.tableArn}/index/*`] });
}

/**
 * The register-files Lambda: export reads (session and person GetItem, register entries Query, units
 * and accounts BatchGetItem); import adds the filing-number counter (UpdateItem) and one transaction
 * per row that puts claim, account, audit and index entries and deletes the account's stale
 * 注销公告 entry. No ConditionCheckItem, no Step Functions, no mail.
 */
export const REGISTER_FILES_TABLE_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
];

/**
 * The reports Lambda reads only: the session and person (GetItem), figure partitions and the
 * register (Query), accounts, units and people (BatchGetItem).
 */
export const REPORTS_TABLE_ACTIONS = ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query"];

/**
 * The figure stream consumer: reads a review item to learn its unit (GetItem, and Query / BatchGetItem
 * for kinds that load more), adds to counters and writes the applied-change mark in one transaction
 * (UpdateItem, PutItem), and removes counters that fell to zero (DeleteItem).
 */
export const FIGURE_STREAM_TABLE_ACTIONS = ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"];

/**
 * Sending mail the deployment's way: SES v2 SendEmail against the sender's verified identity, or,
 * with SMTP, reading the one secret that holds the SMTP credentials (and no SES at all). A secret
 * under the default aws/secretsmanager key needs no KMS grant; a customer-managed key would.
 */
export function sendMail(stack: Stack, mail: MailSettings): PolicyStatement {
  if (mail.transport === "smtp") {
    return new PolicyStatement({ actions: ["secretsmanager:GetSecretValue"], resources: [mail.secretArn] });
  }
  return new PolicyStatement({
    actions: ["ses:SendEmail"],
    resources: [stack.formatArn({ service: "ses", resource: "identity", resourceName: mail.sesIdentity })],
  });
}

/** Answering a task token for executions of one state machine: a stored decision, or a withdrawal. */
export function answerTask(stateMachineArn: string): PolicyStatement {
  return new PolicyStatement({ actions: ["states:SendTaskSuccess", "states:SendTaskFailure"], resources: [stateMachineArn] });
}

/** Starting a review, and describing one that already exists to tell a duplicate from a clash. */
export function startReview(stack: Stack, stateMachineName: string, stateMachineArn: string): PolicyStatement[] {
  return [
    new PolicyStatement({ actions: ["states:StartExecution"], resources: [stateMachineArn] }),
    new PolicyStatement({
      actions: ["states:DescribeExecution"],
      resources: [stack.formatArn({ service: "states", resource: "execution", resourceName: `${stateMachineName}:*`, arnFormat: ArnFormat.COLON_RESOURCE_NAME })],
    }),
  ];
}

/** The upkeep sweep reads and writes the table and sends mail; it never touches Step Functions. */
export function upkeepSweepGrants(table: ITable, stack: Stack, mail: MailSettings): PolicyStatement[] {
  return [tableReadWrite(table), sendMail(stack, mail)];
}

/** Reading the approval-link secret: every function that mails or resolves review links. */
export function readLinkSecret(secret: ISecret): PolicyStatement {
  return new PolicyStatement({ actions: ["secretsmanager:GetSecretValue"], resources: [secret.secretArn] });
}
