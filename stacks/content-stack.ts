import { Cron, Function, use, type StackContext } from "sst/constructs";
import { deploySettings } from "./deploy-settings.js";
import { lambdaEnvironment } from "./lambda-environment.js";
import { sendMail, tableReadWrite } from "./permissions.js";
import { StorageStack } from "./storage-stack.js";
import { WebStack } from "./web-stack.js";

/** Every day at 09:00 Beijing time (01:00 UTC): units read the warning at the start of the working day. */
export const UPDATE_MONITOR_SCHEDULE = "cron(0 1 * * ? *)";

/**
 * What the monitor does to the table: read entries, accounts and people (Get, BatchGet, Query) and
 * write entries, violations on the account's chain with its index entries, and the outbox's mail
 * (Put, Update, Delete). No ConditionCheckItem, no Scan, no Step Functions, no link secret: its mails
 * carry no review link.
 */
export const CONTENT_MONITOR_TABLE_ACTIONS = ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"];

/** Content's scheduled work: the daily update monitor (更新监测). */
export function ContentStack({ stack, app }: StackContext) {
  const { table, linkSecret } = use(StorageStack);
  const { baseUrl } = use(WebStack);
  const settings = deploySettings(process.env, app.region);

  const monitor = new Function(stack, "ContentMonitor", {
    handler: "functions/content-monitor.handler",
    description: "Update monitor: enrolls filed accounts, warns at day 10 and records violations at day 14 without a post",
    environment: lambdaEnvironment(table, linkSecret, baseUrl, settings),
    timeout: "5 minutes",
  });
  monitor.attachPermissions([tableReadWrite(table, CONTENT_MONITOR_TABLE_ACTIONS), sendMail(stack, settings.mail)]);
  new Cron(stack, "ContentMonitorSchedule", { schedule: UPDATE_MONITOR_SCHEDULE, job: monitor });
  return { monitor };
}
