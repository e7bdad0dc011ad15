import { Match, type Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { TABLE_DATA_ACTIONS } from "../permissions.js";
import { UPKEEP_SCHEDULE } from "../review-stack.js";
import { synthesize } from "./synth.js";
import { actionsOf, functionId, managedPolicies, resourcesFor, roleGrants } from "./template-queries.js";

let review: Template;
const DESCRIPTION = "Sweeps reviews and contracts";

beforeAll(async () => {
  review = (await synthesize("test")).ReviewStack;
}, 60_000);

describe("the upkeep sweep (reminders, escalation, contract ends)", () => {
  it("runs hourly on EventBridge, targeting the sweep function", () => {
    review.hasResourceProperties("AWS::Events::Rule", {
      ScheduleExpression: UPKEEP_SCHEDULE,
      State: "ENABLED",
      Targets: [Match.objectLike({ Arn: { "Fn::GetAtt": [functionId(review, DESCRIPTION), "Arn"] } })],
    });
    expect(UPKEEP_SCHEDULE).toBe("rate(1 hour)");
  });

  it("may use the table, read the link secret and send mail, and nothing else: no Step Functions, no wildcards", () => {
    const grants = roleGrants(review, functionId(review, DESCRIPTION));
    expect(actionsOf(grants)).toEqual([...TABLE_DATA_ACTIONS, "ses:SendEmail", "secretsmanager:GetSecretValue"].sort());
    expect(actionsOf(grants).filter((action) => action.startsWith("states:"))).toEqual([]);
    expect(resourcesFor(grants, "dynamodb:Query")).toContain("/index/*");
    expect(resourcesFor(grants, "dynamodb:Query")).not.toMatch(/"\*"/);
    expect(resourcesFor(grants, "ses:SendEmail")).toContain(":identity/beian.example.gov.cn");
    expect(managedPolicies(review, functionId(review, DESCRIPTION)).match(/policy\//g)).toHaveLength(1);
  });

  it("is not invoked by the state machine and has no state machine ARN", () => {
    const fn = review.toJSON().Resources[functionId(review, DESCRIPTION)].Properties;
    expect(fn.Environment.Variables.REVIEW_STATE_MACHINE_ARN).toBeUndefined();
    expect(fn.Runtime).toBe("nodejs22.x");
    const [[, machine]] = Object.entries(review.findResources("AWS::StepFunctions::StateMachine"));
    expect(JSON.stringify(machine.Properties.DefinitionSubstitutions)).not.toContain(functionId(review, DESCRIPTION));
  });
});
