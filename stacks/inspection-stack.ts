import { inspectionDefinition, inspectionSubstitutions } from "@beian/workflow";
import { Aws } from "aws-cdk-lib";
import { Rule, RuleTargetInput, Schedule } from "aws-cdk-lib/aws-events";
import { SfnStateMachine } from "aws-cdk-lib/aws-events-targets";
import { DefinitionBody, StateMachine, StateMachineType } from "aws-cdk-lib/aws-stepfunctions";
import { Cron, Function, use, type StackContext } from "sst/constructs";
import { deploySettings } from "./deploy-settings.js";
import { inspectionMachine } from "./inspection-machine.js";
import { lambdaEnvironment } from "./lambda-environment.js";
import { sendMail, tableReadWrite } from "./permissions.js";
import { StorageStack } from "./storage-stack.js";
import { WebStack } from "./web-stack.js";

/** Every day at 09:00 Beijing time (01:00 UTC): reminders reach units at the start of the working day. */
export const INSPECTION_SWEEP_SCHEDULE = "cron(0 1 * * ? *)";

/**
 * The yearly trigger: 00:00 Beijing on the opening day is 16:00 UTC the day before. EventBridge
 * cron has no time zone, so the day is shifted here (1 January opens on 31 December, UTC).
 */
export function yearlySchedule(opensOn: string): string {
  const [month, day] = opensOn.split("-").map(Number);
  const before = new Date(Date.UTC(2025, month - 1, day) - 86_400_000);
  return `cron(0 16 ${before.getUTCDate()} ${before.getUTCMonth() + 1} ? *)`;
}

/**
 * The opening step's table work: read the register's index, campaigns, segments, units and accounts
 * (Get, BatchGet, Query); write reports a page at a time (BatchWriteItem), cursors, the campaign,
 * unit items and their mails in the outbox (Put, Update, Delete). No Scan, no ConditionCheckItem.
 */
export const INSPECTION_STEP_TABLE_ACTIONS = ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"];

/**
 * The sweep's: read units, reports and accounts; write reports with their unit's counters, the
 * account's suspension or cancellation with its chain record and index entries, and the mails.
 */
export const INSPECTION_SWEEP_TABLE_ACTIONS = ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"];

/**
 * 年度检查 in AWS: the opening state machine (the shared ASL, an inline Map over the register's
 * segments), its step function, the yearly EventBridge rule that starts it, and the daily sweep.
 */
export function InspectionStack({ stack, app }: StackContext) {
  const { table, linkSecret } = use(StorageStack);
  const { baseUrl } = use(WebStack);
  const settings = deploySettings(process.env, app.region);
  const environment = lambdaEnvironment(table, linkSecret, baseUrl, settings);
  const machineRef = inspectionMachine(stack, app);

  const step = new Function(stack, "InspectionStep", {
    handler: "functions/inspection-step.handler",
    description: "Inspection opening step: begins a campaign, writes one page of annual reports, tells each unit once",
    environment,
    timeout: "5 minutes",
  });
  step.attachPermissions([tableReadWrite(table, INSPECTION_STEP_TABLE_ACTIONS), sendMail(stack, settings.mail)]);

  const machine = new StateMachine(stack, "InspectionMachine", {
    stateMachineName: machineRef.name,
    stateMachineType: StateMachineType.STANDARD,
    definitionBody: DefinitionBody.fromString(JSON.stringify(inspectionDefinition())),
    definitionSubstitutions: inspectionSubstitutions({ partition: Aws.PARTITION, stepFunction: step.functionArn }),
  });
  // fromString leaves IAM to us: CDK cannot see the function inside the JSON.
  step.grantInvoke(machine);

  // A second trigger (or the admin's button before it) starts an execution that finds the campaign taken and stops.
  new Rule(stack, "InspectionYearly", {
    description: "Opens the year's annual inspection (年度检查) on the configured day",
    schedule: Schedule.expression(yearlySchedule(settings.inspectionOpensOn)),
    targets: [new SfnStateMachine(machine, { input: RuleTargetInput.fromObject({ trigger: "schedule" }) })],
  });

  const sweep = new Function(stack, "InspectionSweep", {
    handler: "functions/inspection-sweep.handler",
    description: "Inspection sweep: reminders before deadlines, suspensions after them, cancellations after grace periods",
    environment,
    timeout: "15 minutes",
  });
  sweep.attachPermissions([tableReadWrite(table, INSPECTION_SWEEP_TABLE_ACTIONS), sendMail(stack, settings.mail)]);
  new Cron(stack, "InspectionSweepSchedule", { schedule: INSPECTION_SWEEP_SCHEDULE, job: sweep });

  stack.addOutputs({ InspectionStateMachineArn: machine.stateMachineArn });
  return { machine, step, sweep };
}
