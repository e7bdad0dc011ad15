import { reviewDefinition, reviewSubstitutions } from "@beian/workflow";
import { ArnFormat, Aws } from "aws-cdk-lib";
import { DefinitionBody, StateMachine, StateMachineType } from "aws-cdk-lib/aws-stepfunctions";
import { Cron, Function, use, type StackContext } from "sst/constructs";
import { deploySettings } from "./deploy-settings.js";
import { lambdaEnvironment } from "./lambda-environment.js";
import { answerTask, readLinkSecret, sendMail, startReview, tableReadWrite, upkeepSweepGrants } from "./permissions.js";
import { ENV } from "@beian/aws-adapters";
import { inspectionMachine } from "./inspection-machine.js";
import { StorageStack } from "./storage-stack.js";
import { WebStack } from "./web-stack.js";

/** How often recorded effects left undone and undelivered decisions are swept. */
export const OUTBOX_SCHEDULE = "rate(1 minute)";

/** How often reminders, escalations and contract-end warnings are swept (each is sent once per its own interval). */
export const UPKEEP_SCHEDULE = "rate(1 hour)";

/**
 * The three-stage review: the shared ASL definition run by Step Functions, its two task Lambdas
 * and the re-delivery sweep.
 */
export function ReviewStack({ stack, app }: StackContext) {
  const { table, linkSecret } = use(StorageStack);
  const { baseUrl } = use(WebStack);
  const settings = deploySettings(process.env, app.region);
  const environment = lambdaEnvironment(table, linkSecret, baseUrl, settings);

  // A fixed name gives the ARN as a plain string: the task Lambdas' policies can name the machine
  // without a Ref, which would close a cycle (machine → function → policy → machine).
  const stateMachineName = app.logicalPrefixedName("review");
  const stateMachineArn = stack.formatArn({ service: "states", resource: "stateMachine", resourceName: stateMachineName, arnFormat: ArnFormat.COLON_RESOURCE_NAME });

  const openStage = new Function(stack, "OpenStage", {
    handler: "functions/open-stage.handler",
    description: "Opens a review stage: records the pending task and mails the reviewer",
    environment,
  });
  // A retried open after the decision was stored hands that decision to the new token.
  openStage.attachPermissions([tableReadWrite(table), readLinkSecret(linkSecret), sendMail(stack, settings.mail), answerTask(stateMachineArn)]);

  const reviewOutcome = new Function(stack, "ReviewOutcome", {
    handler: "functions/review-outcome.handler",
    description: "Closes a review: expires a timed-out stage and mails the operator the outcome",
    environment,
  });
  reviewOutcome.attachPermissions([tableReadWrite(table), readLinkSecret(linkSecret), sendMail(stack, settings.mail)]);

  const machine = new StateMachine(stack, "ReviewMachine", {
    stateMachineName,
    stateMachineType: StateMachineType.STANDARD,
    definitionBody: DefinitionBody.fromString(JSON.stringify(reviewDefinition())),
    // The partition too: the Lambda task resources are arn:aws-cn:states:::… in the China regions.
    definitionSubstitutions: reviewSubstitutions({ partition: Aws.PARTITION, openStageFunction: openStage.functionArn, outcomeFunction: reviewOutcome.functionArn }),
  });
  // fromString leaves IAM to us: CDK cannot see the functions inside the JSON.
  openStage.grantInvoke(machine);
  reviewOutcome.grantInvoke(machine);

  // Any recorded effect may be left to it: starting reviews and the inspection's opening, mailing, answering task tokens.
  const inspection = inspectionMachine(stack, app);
  const outbox = new Function(stack, "OutboxSweep", {
    handler: "functions/outbox-sweep.handler",
    description: "Carries out recorded effects (start reviews, send mail) and re-delivers stored review decisions",
    environment: { ...environment, [ENV.reviewStateMachineArn]: stateMachineArn, [ENV.inspectionStateMachineArn]: inspection.arn },
    timeout: "2 minutes",
  });
  outbox.attachPermissions([
    tableReadWrite(table),
    readLinkSecret(linkSecret),
    sendMail(stack, settings.mail),
    ...startReview(stack, stateMachineName, stateMachineArn),
    ...startReview(stack, inspection.name, inspection.arn),
    answerTask(stateMachineArn),
  ]);
  new Cron(stack, "OutboxSweepSchedule", { schedule: OUTBOX_SCHEDULE, job: outbox });

  // Mail and the table only: reminders carry no decision link and never answer a task token.
  const upkeep = new Function(stack, "ReviewSweeps", {
    handler: "functions/review-sweeps.handler",
    description: "Sweeps reviews and contracts: reminders, escalation to admins, contract-end warnings",
    environment,
    timeout: "5 minutes",
  });
  upkeep.attachPermissions([...upkeepSweepGrants(table, stack, settings.mail), readLinkSecret(linkSecret)]);
  new Cron(stack, "UpkeepSweep", { schedule: UPKEEP_SCHEDULE, job: upkeep });

  stack.addOutputs({ ReviewStateMachineArn: machine.stateMachineArn });
  return { machine, stateMachineName };
}
