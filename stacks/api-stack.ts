import { ENV } from "@beian/aws-adapters";
import { Function, use, type StackContext } from "sst/constructs";
import { deploySettings } from "./deploy-settings.js";
import { FUNCTION_DEFAULTS, LAMBDA_INSTALL } from "./function-defaults.js";
import { lambdaEnvironment } from "./lambda-environment.js";
import { answerTask, sendMail, startReview, tableReadWrite } from "./permissions.js";
import { ReviewStack } from "./review-stack.js";
import { StorageStack } from "./storage-stack.js";
import { WebStack } from "./web-stack.js";

/** The Hono app as one Lambda on the gateway's `$default` route (CloudFront forwards API paths to it). */
export function ApiStack({ stack }: StackContext) {
  const { table } = use(StorageStack);
  const { api, baseUrl } = use(WebStack);
  const { machine, stateMachineName } = use(ReviewStack);
  const settings = deploySettings();

  const handler = new Function(stack, "ApiHandler", {
    handler: "functions/api.handler",
    description: "Beian HTTP API and the emailed confirm pages (Hono)",
    environment: { ...lambdaEnvironment(table, baseUrl, settings), [ENV.reviewStateMachineArn]: machine.stateMachineArn },
    // API Gateway gives up after 30 s.
    timeout: "29 seconds",
    nodejs: { ...FUNCTION_DEFAULTS.nodejs, install: LAMBDA_INSTALL.api },
  });
  handler.attachPermissions([
    tableReadWrite(table),
    sendMail(stack, settings.sesIdentity),
    ...startReview(stack, stateMachineName, machine.stateMachineArn),
    answerTask(machine.stateMachineArn),
  ]);
  api.addRoutes(stack, { $default: handler });
  return { handler };
}
