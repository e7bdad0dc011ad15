import { Match, type Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { CONTENT_MONITOR_TABLE_ACTIONS, UPDATE_MONITOR_SCHEDULE } from "../content-stack.js";
import { synthesize, type StackName } from "./synth.js";
import { actionsOf, functionId, managedPolicies, resources, resourcesFor, roleGrants } from "./template-queries.js";

let app: Record<StackName, Template>;
let china: Record<StackName, Template>;
const DESCRIPTION = "Update monitor";

beforeAll(async () => {
  app = await synthesize("test");
  china = await synthesize("test", {
    region: "cn-northwest-1",
    env: { MAIL_TRANSPORT: "smtp", SMTP_HOST: "smtpdm.aliyun.com", SMTP_PORT: "465", SMTP_SECRET_ARN: "arn:aws-cn:secretsmanager:cn-northwest-1:123456789012:secret:beian/smtp-AbC123", BASE_URL: "https://beian.example.gov.cn", CLOUDFRONT_IAM_CERTIFICATE_ID: "ASCAEXAMPLE1234567890" },
  });
}, 120_000);

describe("the update monitor's schedule and Lambda (ContentStack)", () => {
  it("runs once a day at 09:00 Beijing time on EventBridge, targeting the monitor function", () => {
    const content = app.ContentStack;
    expect(UPDATE_MONITOR_SCHEDULE).toBe("cron(0 1 * * ? *)");
    content.hasResourceProperties("AWS::Events::Rule", {
      ScheduleExpression: UPDATE_MONITOR_SCHEDULE,
      State: "ENABLED",
      Targets: [Match.objectLike({ Arn: { "Fn::GetAtt": [functionId(content, DESCRIPTION), "Arn"] } })],
    });
    expect(resources(content, "AWS::Events::Rule")).toHaveLength(1);
  });

  it("may read and write the table's items and send mail as the sender's identity, and nothing else", () => {
    const content = app.ContentStack;
    const grants = roleGrants(content, functionId(content, DESCRIPTION));
    expect(actionsOf(grants)).toEqual([...CONTENT_MONITOR_TABLE_ACTIONS, "ses:SendEmail"].sort());
    expect(actionsOf(grants).filter((a) => a.startsWith("states:") || a.startsWith("secretsmanager:") || a === "dynamodb:Scan")).toEqual([]);
    expect(resourcesFor(grants, "dynamodb:Query")).toContain("/index/*");
    expect(resourcesFor(grants, "dynamodb:Query")).not.toMatch(/"\*"/);
    expect(resourcesFor(grants, "ses:SendEmail")).toContain(":identity/beian.example.gov.cn");
    expect(managedPolicies(content, functionId(content, DESCRIPTION)).match(/policy\//g)).toHaveLength(1);
    const fn = content.toJSON().Resources[functionId(content, DESCRIPTION)].Properties;
    expect(fn.Runtime).toBe("nodejs22.x");
    expect(fn.Timeout).toBe(300);
    expect(fn.Environment.Variables.REVIEW_STATE_MACHINE_ARN).toBeUndefined();
  });

  it("in the China regions reads only the SMTP secret, names no aws-partition ARN and grants no SES", () => {
    const content = china.ContentStack;
    const grants = roleGrants(content, functionId(content, DESCRIPTION));
    expect(actionsOf(grants)).toEqual([...CONTENT_MONITOR_TABLE_ACTIONS, "secretsmanager:GetSecretValue"].sort());
    expect(resourcesFor(grants, "secretsmanager:GetSecretValue")).toContain("beian/smtp");
    expect(JSON.stringify(content.toJSON())).not.toContain("arn:aws:");
  });
});
