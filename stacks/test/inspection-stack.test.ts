import { INSPECTION_PLACEHOLDERS, inspectionDefinition, MAX_CONCURRENCY, substitute } from "@beian/workflow";
import aslValidator from "asl-validator";
import { Match, type Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { INSPECTION_STEP_TABLE_ACTIONS, INSPECTION_SWEEP_SCHEDULE, INSPECTION_SWEEP_TABLE_ACTIONS, yearlySchedule } from "../inspection-stack.js";
import { synthesize, type StackName } from "./synth.js";
import { actionsOf, functionId, resources, resourcesFor, roleGrants } from "./template-queries.js";

let app: Record<StackName, Template>;
let china: Record<StackName, Template>;
const STEP = "Inspection opening step";
const SWEEP = "Inspection sweep";
const SMTP = { MAIL_TRANSPORT: "smtp", SMTP_HOST: "smtpdm.aliyun.com", SMTP_PORT: "465", SMTP_SECRET_ARN: "arn:aws-cn:secretsmanager:cn-northwest-1:123456789012:secret:beian/smtp-AbC123", BASE_URL: "https://beian.example.gov.cn", CLOUDFRONT_IAM_CERTIFICATE_ID: "ASCAEXAMPLE1234567890" };

const validate = (definition: unknown) => aslValidator(structuredClone(definition), { checkPaths: true, checkArn: true });

beforeAll(async () => {
  app = await synthesize("test");
  china = await synthesize("test", { region: "cn-northwest-1", env: SMTP });
}, 120_000);

describe("the inspection's state machine (InspectionStack)", () => {
  it("is built from the shared ASL, valid in each partition, with an inline Map of bounded concurrency over the register's segments", () => {
    for (const partition of ["aws", "aws-cn"]) {
      const result = validate(substitute(inspectionDefinition(), { [INSPECTION_PLACEHOLDERS.partition]: partition }));
      expect(result.errorsText(), partition).toBe("");
      expect(result.isValid).toBe(true);
    }
    const [[, machine]] = resources(app.InspectionStack, "AWS::StepFunctions::StateMachine");
    expect(machine.Properties.StateMachineName).toBe("test-beian-inspection");
    expect(JSON.parse(machine.Properties.DefinitionString)).toEqual(inspectionDefinition());
    expect(machine.Properties.DefinitionSubstitutions).toEqual({ Partition: { Ref: "AWS::Partition" }, InspectionStepFunctionArn: { "Fn::GetAtt": [functionId(app.InspectionStack, STEP), "Arn"] } });
    const map = inspectionDefinition().States.OpenSegments;
    expect(map).toMatchObject({ Type: "Map", ItemsPath: "$.segments", MaxConcurrency: MAX_CONCURRENCY, ItemProcessor: { ProcessorConfig: { Mode: "INLINE" } } });
    expect(JSON.stringify(inspectionDefinition())).not.toMatch(/arn:aws[-a-z]*:/);
  });

  it("is rejected by the validator when a step points nowhere (the check has teeth)", () => {
    const broken = substitute(inspectionDefinition(), { [INSPECTION_PLACEHOLDERS.partition]: "aws" });
    (broken.States.OpenSegments.ItemProcessor.States["SegmentDone?"] as { Default: string }).Default = "Nowhere";
    expect(validate(broken).isValid).toBe(false);
  });

  it("is started once a year by EventBridge at 00:00 Beijing on the opening day, with the schedule's input", () => {
    const stack = app.InspectionStack;
    const [[machineId]] = resources(stack, "AWS::StepFunctions::StateMachine");
    expect(yearlySchedule("11-01")).toBe("cron(0 16 31 10 ? *)");
    expect(yearlySchedule("01-01")).toBe("cron(0 16 31 12 ? *)");
    expect(yearlySchedule("03-01")).toBe("cron(0 16 28 2 ? *)");
    stack.hasResourceProperties("AWS::Events::Rule", {
      ScheduleExpression: "cron(0 16 31 10 ? *)",
      State: "ENABLED",
      Targets: [Match.objectLike({ Arn: { Ref: machineId }, Input: JSON.stringify({ trigger: "schedule" }), RoleArn: Match.anyValue() })],
    });
    // The rule's role may start this machine and nothing else.
    const policies = resources(stack, "AWS::IAM::Policy").filter(([, p]) => JSON.stringify(p.Properties.PolicyDocument).includes("states:StartExecution"));
    expect(policies).toHaveLength(1);
    expect(policies[0][1].Properties.PolicyDocument.Statement).toEqual([{ Action: "states:StartExecution", Effect: "Allow", Resource: { Ref: machineId } }]);
  });

  it("moves with the configured opening day", async () => {
    const other = await synthesize("test", { env: { INSPECTION_OPENS_ON: "10-15" } });
    other.InspectionStack.hasResourceProperties("AWS::Events::Rule", { ScheduleExpression: "cron(0 16 14 10 ? *)" });
    const step = other.InspectionStack.toJSON().Resources[functionId(other.InspectionStack, STEP)].Properties;
    expect(step.Environment.Variables.INSPECTION_OPENS_ON).toBe("10-15");
  });

  it("runs the sweep daily at 09:00 Beijing time", () => {
    const stack = app.InspectionStack;
    expect(INSPECTION_SWEEP_SCHEDULE).toBe("cron(0 1 * * ? *)");
    stack.hasResourceProperties("AWS::Events::Rule", { ScheduleExpression: INSPECTION_SWEEP_SCHEDULE, Targets: [Match.objectLike({ Arn: { "Fn::GetAtt": [functionId(stack, SWEEP), "Arn"] } })] });
    expect(resources(stack, "AWS::Events::Rule")).toHaveLength(2);
  });
});

describe("the inspection's Lambdas and their least permissions", () => {
  it("lets the state machine invoke the step function, and the step function only the table and mail it uses", () => {
    const stack = app.InspectionStack;
    const step = functionId(stack, STEP);
    const grants = roleGrants(stack, step);
    expect(actionsOf(grants)).toEqual([...INSPECTION_STEP_TABLE_ACTIONS, "ses:SendEmail"].sort());
    expect(actionsOf(grants).filter((a) => a.startsWith("states:") || a.startsWith("secretsmanager:") || a === "dynamodb:Scan" || a === "dynamodb:ConditionCheckItem")).toEqual([]);
    expect(resourcesFor(grants, "dynamodb:BatchWriteItem")).toContain("/index/*");
    expect(resourcesFor(grants, "dynamodb:Query")).not.toMatch(/"\*"/);
    const invoke = resources(stack, "AWS::IAM::Policy").filter(([, p]) => JSON.stringify(p.Properties.PolicyDocument).includes("lambda:InvokeFunction"));
    expect(JSON.stringify(invoke)).toContain(step);
    const fn = stack.toJSON().Resources[step].Properties;
    expect(fn).toMatchObject({ Runtime: "nodejs22.x", Architectures: ["arm64"], Timeout: 300 });
  });

  it("lets the sweep read and write the table and mail, nothing else; it gets its 15 minutes", () => {
    const stack = app.InspectionStack;
    const grants = roleGrants(stack, functionId(stack, SWEEP));
    expect(actionsOf(grants)).toEqual([...INSPECTION_SWEEP_TABLE_ACTIONS, "ses:SendEmail"].sort());
    expect(resourcesFor(grants, "ses:SendEmail")).toContain(":identity/beian.example.gov.cn");
    expect(stack.toJSON().Resources[functionId(stack, SWEEP)].Properties.Timeout).toBe(900);
  });

  it("lets the API and the outbox sweep start the inspection (the admin's button, its outbox event) and tells them its ARN", () => {
    const api = functionId(app.ApiStack, "Beian HTTP API");
    const outbox = functionId(app.ReviewStack, "Carries out recorded effects");
    for (const [template, id] of [[app.ApiStack, api], [app.ReviewStack, outbox]] as const) {
      const grants = roleGrants(template, id);
      expect(resourcesFor(grants, "states:StartExecution")).toContain(":stateMachine:test-beian-inspection");
      expect(resourcesFor(grants, "states:DescribeExecution")).toContain(":execution:test-beian-inspection:*");
      expect(JSON.stringify(template.toJSON().Resources[id].Properties.Environment.Variables.INSPECTION_STATE_MACHINE_ARN)).toContain(":stateMachine:test-beian-inspection");
    }
    // The step and the sweep start nothing.
    for (const name of [STEP, SWEEP]) expect(actionsOf(roleGrants(app.InspectionStack, functionId(app.InspectionStack, name))).some((a) => a.startsWith("states:"))).toBe(false);
  });

  it("in the China regions names no aws-partition ARN, grants no SES and reads only the SMTP secret", () => {
    const stack = china.InspectionStack;
    for (const name of [STEP, SWEEP]) {
      const grants = roleGrants(stack, functionId(stack, name));
      expect(actionsOf(grants).filter((a) => a.startsWith("ses:"))).toEqual([]);
      expect(resourcesFor(grants, "secretsmanager:GetSecretValue")).toContain("beian/smtp");
    }
    expect(JSON.stringify(stack.toJSON())).not.toContain("arn:aws:");
  });
});
