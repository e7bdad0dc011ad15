import { TABLE_INDEXES, TABLE_KEYS } from "@beian/store-dynamodb";
import { reviewDefinition, REVIEW_PLACEHOLDERS } from "@beian/workflow";
import { Match, type Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { ttlAttribute } from "../../packages/store-dynamodb/src/entities/keys.js";
import { TABLE_DATA_ACTIONS } from "../permissions.js";
import { OUTBOX_SCHEDULE } from "../review-stack.js";
import { API_PATHS } from "../web-stack.js";
import { synthesize, type StackName } from "./synth.js";
import { actionsOf, functionId, managedPolicies, resources, resourcesFor, roleGrants } from "./template-queries.js";

let stacks: Record<StackName, Template>;
let prod: Record<StackName, Template>;

beforeAll(async () => {
  stacks = await synthesize("test");
  prod = await synthesize("prod");
}, 60_000);

const FUNCTIONS = {
  openStage: ["ReviewStack", "Opens a review stage"],
  reviewOutcome: ["ReviewStack", "Closes a review"],
  outbox: ["ReviewStack", "Carries out recorded effects"],
  api: ["ApiStack", "Beian HTTP API"],
} as const;

function grantsOf(name: keyof typeof FUNCTIONS) {
  const [stack, description] = FUNCTIONS[name];
  return roleGrants(stacks[stack], functionId(stacks[stack], description));
}

describe("StorageStack", () => {
  it("has one on-demand table with the store's keys, point-in-time recovery and TTL", () => {
    stacks.StorageStack.resourceCountIs("AWS::DynamoDB::Table", 1);
    stacks.StorageStack.hasResourceProperties("AWS::DynamoDB::Table", {
      BillingMode: "PAY_PER_REQUEST",
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: "HASH" },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: "RANGE" },
      ],
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      // The attribute the login-link and session entities write their expiry to.
      TimeToLiveSpecification: { AttributeName: ttlAttribute.field, Enabled: true },
    });
  });

  it("has the three access-pattern GSIs, each projecting all attributes", () => {
    const [[, table]] = resources(stacks.StorageStack, "AWS::DynamoDB::Table");
    const indexes = table.Properties.GlobalSecondaryIndexes as { IndexName: string; KeySchema: unknown; Projection: unknown }[];
    expect(indexes.map((index) => index.IndexName).sort()).toEqual(["byOwner", "byState", "lookup"]);
    for (const [name, keys] of Object.entries(TABLE_INDEXES)) {
      expect(indexes.find((index) => index.IndexName === name)).toEqual({
        IndexName: name,
        KeySchema: [
          { AttributeName: keys.partitionKey, KeyType: "HASH" },
          { AttributeName: keys.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      });
    }
  });

  it("keeps the prod table on removal and protects it from deletion; other stages may drop it", () => {
    prod.StorageStack.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Retain", Properties: Match.objectLike({ DeletionProtectionEnabled: true }) });
    stacks.StorageStack.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Delete", Properties: Match.objectLike({ DeletionProtectionEnabled: false }) });
  });
});

describe("ReviewStack", () => {
  it("runs the shared definition as a standard state machine, with both task functions substituted", () => {
    const template = stacks.ReviewStack;
    template.resourceCountIs("AWS::StepFunctions::StateMachine", 1);
    template.hasResourceProperties("AWS::StepFunctions::StateMachine", {
      StateMachineName: "test-beian-review",
      StateMachineType: "STANDARD",
      DefinitionString: JSON.stringify(reviewDefinition()),
      DefinitionSubstitutions: {
        [REVIEW_PLACEHOLDERS.openStageFunction]: { "Fn::GetAtt": [functionId(template, "Opens a review stage"), "Arn"] },
        [REVIEW_PLACEHOLDERS.outcomeFunction]: { "Fn::GetAtt": [functionId(template, "Closes a review"), "Arn"] },
      },
    });
  });

  it("has three .waitForTaskToken states, each with TimeoutSeconds", () => {
    const [[, machine]] = resources(stacks.ReviewStack, "AWS::StepFunctions::StateMachine");
    const states = Object.values(JSON.parse(machine.Properties.DefinitionString).States) as { Resource?: string; TimeoutSeconds?: number }[];
    const waiting = states.filter((state) => state.Resource?.endsWith(".waitForTaskToken"));
    expect(waiting).toHaveLength(3);
    for (const state of waiting) expect(state.TimeoutSeconds).toEqual(expect.any(Number));
  });

  it("lets the state machine invoke exactly the two task functions", () => {
    const template = stacks.ReviewStack;
    const [[machineRoleId]] = resources(template, "AWS::IAM::Role").filter(([, role]) => JSON.stringify(role.Properties.AssumeRolePolicyDocument).includes("states.amazonaws.com"));
    const invoked = resources(template, "AWS::IAM::Policy")
      .filter(([, policy]) => JSON.stringify(policy.Properties.Roles).includes(machineRoleId))
      .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement as { Action: string; Resource: unknown[] }[]);
    expect(new Set(invoked.map((statement) => statement.Action))).toEqual(new Set(["lambda:InvokeFunction"]));
    const targets = JSON.stringify(invoked.map((statement) => statement.Resource));
    expect(targets).toContain(functionId(template, "Opens a review stage"));
    expect(targets).toContain(functionId(template, "Closes a review"));
    expect(targets).not.toContain(functionId(template, "Carries out recorded effects"));
  });

  it("runs the outbox sweep every minute on EventBridge", () => {
    stacks.ReviewStack.hasResourceProperties("AWS::Events::Rule", {
      ScheduleExpression: OUTBOX_SCHEDULE,
      State: "ENABLED",
      Targets: [Match.objectLike({ Arn: { "Fn::GetAtt": [functionId(stacks.ReviewStack, "Carries out recorded effects"), "Arn"] } })],
    });
    expect(OUTBOX_SCHEDULE).toBe("rate(1 minute)");
  });
});

describe("least privilege per Lambda", () => {
  const SES = "ses:SendEmail";
  const ANSWER = "states:SendTaskSuccess";
  const ABANDON = "states:SendTaskFailure";
  const LINK_SECRET = "secretsmanager:GetSecretValue";
  const expected: Record<keyof typeof FUNCTIONS, string[]> = {
    // SendTaskSuccess: a retried open after the decision was stored hands it to the new token.
    openStage: [...TABLE_DATA_ACTIONS, LINK_SECRET, SES, ANSWER, ABANDON],
    reviewOutcome: [...TABLE_DATA_ACTIONS, LINK_SECRET, SES],
    // Any recorded effect may fall to the sweep: starting a review, mailing, answering a token.
    outbox: [...TABLE_DATA_ACTIONS, LINK_SECRET, SES, "states:StartExecution", "states:DescribeExecution", ANSWER, ABANDON],
    api: [...TABLE_DATA_ACTIONS, LINK_SECRET, SES, "states:StartExecution", "states:DescribeExecution", ANSWER, ABANDON],
  };

  for (const [name, actions] of Object.entries(expected) as [keyof typeof FUNCTIONS, string[]][]) {
    it(`${name}: exactly ${actions.length} actions, no wildcards`, () => {
      const granted = actionsOf(grantsOf(name));
      expect(granted).toEqual([...actions].sort());
      for (const action of granted) expect(action).not.toMatch(/\*/);
    });
  }

  it("keeps Step Functions calls off the outcome role and StartExecution on the API and outbox roles only", () => {
    expect(actionsOf(grantsOf("reviewOutcome")).filter((action) => action.startsWith("states:"))).toEqual([]);
    expect(actionsOf(grantsOf("openStage")).filter((action) => action.startsWith("states:"))).toEqual([ABANDON, ANSWER]);
    expect(actionsOf(grantsOf("openStage"))).not.toContain("states:StartExecution");
    expect(actionsOf(grantsOf("api"))).toContain("states:StartExecution");
    expect(actionsOf(grantsOf("outbox"))).toContain("states:StartExecution");
  });

  it("lets the link secret be read by the functions that mint or resolve review links, and by no other", () => {
    for (const name of Object.keys(FUNCTIONS) as (keyof typeof FUNCTIONS)[]) expect(resourcesFor(grantsOf(name), LINK_SECRET), name).toContain("LinkSecret");
  });

  it("scopes table actions to the table and its indexes, and mail to the sender's SES identity", () => {
    for (const name of Object.keys(FUNCTIONS) as (keyof typeof FUNCTIONS)[]) {
      const table = resourcesFor(grantsOf(name), "dynamodb:Query");
      expect(table).toContain("StorageStack:ExportsOutputFnGetAttTable");
      expect(table).toContain("/index/*");
      expect(table).not.toMatch(/"\*"/);
    }
    for (const name of ["openStage", "reviewOutcome", "api"] as const) {
      expect(resourcesFor(grantsOf(name), SES)).toContain(":ses:ap-southeast-1:123456789012:identity/beian.example.gov.cn");
    }
  });

  it("scopes Step Functions actions to the review state machine", () => {
    expect(resourcesFor(grantsOf("openStage"), ANSWER)).toContain(":states:ap-southeast-1:123456789012:stateMachine:test-beian-review");
    expect(resourcesFor(grantsOf("outbox"), ANSWER)).toContain(":stateMachine:test-beian-review");
    expect(resourcesFor(grantsOf("outbox"), "states:StartExecution")).toContain(":stateMachine:test-beian-review");
    expect(resourcesFor(grantsOf("api"), "states:StartExecution")).toContain("ReviewStack:ExportsOutputRefReviewMachine");
    expect(resourcesFor(grantsOf("api"), "states:DescribeExecution")).toContain(":execution:test-beian-review:*");
  });

  it("gives each role only the basic logging policy besides its inline grants", () => {
    for (const [name, [stack, description]] of Object.entries(FUNCTIONS)) {
      const managed = managedPolicies(stacks[stack], functionId(stacks[stack], description));
      expect(managed, name).toContain("service-role/AWSLambdaBasicExecutionRole");
      expect(managed.match(/policy\//g), name).toHaveLength(1);
    }
  });
});

describe("Lambda configuration", () => {
  it("runs every function on Node.js 22, arm64, with the environment readEnvConfig needs", () => {
    for (const [name, [stack, description]] of Object.entries(FUNCTIONS)) {
      const fn = stacks[stack].toJSON().Resources[functionId(stacks[stack], description)].Properties;
      expect(fn.Runtime, name).toBe("nodejs22.x");
      expect(fn.Architectures, name).toEqual(["arm64"]);
      expect(Object.keys(fn.Environment.Variables), name).toEqual(expect.arrayContaining(["TABLE_NAME", "MAIL_FROM", "BASE_URL"]));
      expect(fn.Environment.Variables.MAIL_FROM, name).toBe(process.env.MAIL_FROM);
      // Links in mail must point at the site (CloudFront), which forwards the API paths.
      expect(JSON.stringify(fn.Environment.Variables.BASE_URL), name).toContain("WebStack:ExportsOutputFnGetAttWebDistribution");
    }
  });

  it("hands the state machine ARN to the API and the outbox sweep only (the ones that start reviews)", () => {
    const api = stacks.ApiStack.toJSON().Resources[functionId(stacks.ApiStack, "Beian HTTP API")].Properties;
    expect(JSON.stringify(api.Environment.Variables.REVIEW_STATE_MACHINE_ARN)).toContain("ReviewStack:ExportsOutputRefReviewMachine");
    const outbox = functionId(stacks.ReviewStack, "Carries out recorded effects");
    for (const [id, fn] of resources(stacks.ReviewStack, "AWS::Lambda::Function")) {
      const arn = fn.Properties.Environment?.Variables?.REVIEW_STATE_MACHINE_ARN;
      if (id === outbox) expect(JSON.stringify(arn)).toContain(":stateMachine:test-beian-review");
      else expect(arn).toBeUndefined();
    }
  });
});

describe("ApiStack and WebStack", () => {
  it("routes every request on the gateway ($default) to the API function", () => {
    const template = stacks.ApiStack;
    const apiFn = functionId(template, "Beian HTTP API");
    // The register's file routes have their own integrations (register-files-stack.test.ts).
    const [[integrationId, integration]] = resources(template, "AWS::ApiGatewayV2::Integration").filter(([, i]) => i.Properties.IntegrationUri["Fn::GetAtt"][0] === apiFn);
    expect(integration.Properties).toMatchObject({ IntegrationType: "AWS_PROXY", PayloadFormatVersion: "2.0", IntegrationUri: { "Fn::GetAtt": [apiFn, "Arn"] } });
    template.hasResourceProperties("AWS::ApiGatewayV2::Route", {
      RouteKey: "$default",
      Target: { "Fn::Join": ["", ["integrations/", { Ref: integrationId }]] },
      ApiId: { "Fn::ImportValue": Match.stringLikeRegexp("WebStack:ExportsOutputRefApi") },
    });
    template.hasResourceProperties("AWS::Lambda::Permission", {
      Action: "lambda:InvokeFunction",
      Principal: "apigateway.amazonaws.com",
      FunctionName: { "Fn::GetAtt": [apiFn, "Arn"] },
    });
  });

  it("has the HTTP API gateway, without CORS (the page is same-origin)", () => {
    stacks.WebStack.resourceCountIs("AWS::ApiGatewayV2::Api", 1);
    stacks.WebStack.hasResourceProperties("AWS::ApiGatewayV2::Api", { ProtocolType: "HTTP", CorsConfiguration: Match.absent() });
  });

  it("serves the static site from S3 through CloudFront", () => {
    stacks.WebStack.resourceCountIs("AWS::S3::Bucket", 1);
    stacks.WebStack.hasResourceProperties("AWS::CloudFront::Distribution", {
      DistributionConfig: Match.objectLike({ DefaultRootObject: "index.html", DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: "redirect-to-https" }) }),
    });
  });

  it("forwards the API paths to the gateway uncached, all methods, and masks no API error", () => {
    const [[, distribution]] = resources(stacks.WebStack, "AWS::CloudFront::Distribution");
    const config = distribution.Properties.DistributionConfig;
    const gatewayOrigin = config.Origins.find((origin: { CustomOriginConfig?: unknown }) => origin.CustomOriginConfig);
    expect(JSON.stringify(gatewayOrigin.DomainName)).toContain("ApiEndpoint");
    expect(gatewayOrigin.CustomOriginConfig.OriginProtocolPolicy).toBe("https-only");
    expect(config.CacheBehaviors.map((behavior: { PathPattern: string }) => behavior.PathPattern)).toEqual([...API_PATHS]);
    for (const behavior of config.CacheBehaviors) {
      expect(behavior).toMatchObject({
        TargetOriginId: gatewayOrigin.Id,
        AllowedMethods: expect.arrayContaining(["GET", "POST", "DELETE", "PUT", "PATCH"]),
        CachePolicyId: "4135ea2d-6df8-44a3-9df3-4b5a84be39ad", // Managed-CachingDisabled
        OriginRequestPolicyId: "b689b0a8-53d0-40ab-baf2-68738e2966ac", // Managed-AllViewerExceptHostHeader
      });
    }
    expect(config.CustomErrorResponses ?? []).toEqual([]);
  });
});
