import { ArnFormat, type Stack } from "aws-cdk-lib";
import type { App } from "sst/constructs";

/**
 * The inspection state machine's name and ARN as plain strings: the API and the outbox sweep (in
 * stacks before InspectionStack) may start it without a cross-stack reference.
 */
export function inspectionMachine(stack: Stack, app: App) {
  const name = app.logicalPrefixedName("inspection");
  return { name, arn: stack.formatArn({ service: "states", resource: "stateMachine", resourceName: name, arnFormat: ArnFormat.COLON_RESOURCE_NAME }) };
}
