import { REVIEW_PLACEHOLDERS } from "@beian/workflow";
import type { Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { CLOUDFRONT_PROPERTIES_MISSING_IN_CHINA, missingInChina, RESOURCE_TYPES_CHECKED_FOR_CHINA } from "../china-regions.js";
import { API_FORWARDED_HEADERS, API_PATHS } from "../site-paths.js";
import { synthesize, TEST_REGION, type StackName } from "./synth.js";
import { actionsOf, functionId, resources, resourcesFor, roleGrants } from "./template-queries.js";

const CHINA_REGION = "cn-northwest-1";
const SECRET_ARN = "arn:aws-cn:secretsmanager:cn-northwest-1:123456789012:secret:beian/smtp-AbC123";
const CHINA_ENV = {
  MAIL_TRANSPORT: "smtp",
  SMTP_HOST: "smtpdm.aliyun.com",
  SMTP_PORT: "465",
  SMTP_SECRET_ARN: SECRET_ARN,
  BASE_URL: "https://beian.example.gov.cn",
  CLOUDFRONT_IAM_CERTIFICATE_ID: "ASCAEXAMPLE1234567890",
};

/** Functions by description prefix: those that send mail, and those that must not be able to. */
const MAILING = {
  openStage: ["ReviewStack", "Opens a review stage"],
  reviewOutcome: ["ReviewStack", "Closes a review"],
  upkeep: ["ReviewStack", "Sweeps reviews"],
  outbox: ["ReviewStack", "Carries out recorded effects"],
  api: ["ApiStack", "Beian HTTP API"],
} as const;
const NOT_MAILING = { registerFiles: ["ApiStack", "Beian register export"], reports: ["ReportsStack", "Beian reports"], figureStream: ["ReportsStack", "Keeps the report figures"] } as const;

let china: Record<StackName, Template>;
let global: Record<StackName, Template>;

beforeAll(async () => {
  china = await synthesize("test", { region: CHINA_REGION, env: CHINA_ENV });
  global = await synthesize("test", { region: TEST_REGION, env: { MAIL_TRANSPORT: "ses" } });
}, 120_000);

const templates = (app: Record<StackName, Template>) => Object.entries(app).map(([name, template]) => [name, template.toJSON()] as const);

/** Every IAM action granted anywhere in an app: policies, roles' inline policies, bucket policies. */
function allActions(app: Record<StackName, Template>): string[] {
  const actions: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "Action") actions.push(...[value].flat().filter((action): action is string => typeof action === "string"));
      else visit(value);
    }
  };
  for (const [, json] of templates(app)) visit(json.Resources);
  return [...new Set(actions)].sort();
}

/** Paths (a.b.c) of every object key named one of `names`, anywhere under `node`. */
function keysNamed(node: unknown, names: readonly string[], path = ""): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => keysNamed(item, names, `${path}[${index}]`));
  if (!node || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) => [...(names.includes(key) ? [`${path}.${key}`] : []), ...keysNamed(value, names, `${path}.${key}`)]);
}

describe(`the whole app synthesized for ${CHINA_REGION} with SMTP mail`, () => {
  it("names no aws-partition ARN anywhere: every ARN takes AWS::Partition or is the deployer's own", () => {
    for (const [name, json] of templates(china)) expect(JSON.stringify(json), name).not.toContain("arn:aws:");
    // The review definition's Lambda tasks get the partition by substitution.
    const [[, machine]] = resources(china.ReviewStack, "AWS::StepFunctions::StateMachine");
    expect(machine.Properties.DefinitionSubstitutions[REVIEW_PLACEHOLDERS.partition]).toEqual({ Ref: "AWS::Partition" });
    expect(machine.Properties.DefinitionString).toContain(`arn:\${${REVIEW_PLACEHOLDERS.partition}}:states:::lambda:invoke.waitForTaskToken`);
  });

  it("contains none of the resource types the China regions lack, and only types someone has checked", () => {
    const types = new Set(templates(china).flatMap(([, json]) => Object.values(json.Resources as Record<string, { Type: string }>).map((resource) => resource.Type)));
    expect([...types].filter((type) => missingInChina(type))).toEqual([]);
    expect([...types].filter((type) => !(type in RESOURCE_TYPES_CHECKED_FOR_CHINA)).sort()).toEqual([]);
    // The check has teeth: the type SST's StaticSite adds globally is on the list.
    expect(missingInChina("AWS::CloudFront::Function")).toBeDefined();
    expect(missingInChina("AWS::SES::EmailIdentity")).toBeDefined();
  });

  it("grants no SES action to anyone", () => {
    const actions = allActions(china);
    expect(actions.filter((action) => action.toLowerCase().startsWith("ses:"))).toEqual([]);
    expect(actions).toContain("secretsmanager:GetSecretValue");
  });

  it("lets each mailing function read the one SMTP secret (and the link secret) and nothing else in Secrets Manager", () => {
    for (const [name, [stack, description]] of Object.entries(MAILING)) {
      const grants = roleGrants(china[stack], functionId(china[stack], description));
      expect(actionsOf(grants).filter((action) => action.startsWith("secretsmanager:")), name).toEqual(["secretsmanager:GetSecretValue"]);
      const secrets = JSON.parse(resourcesFor(grants, "secretsmanager:GetSecretValue")) as unknown[];
      expect(secrets, name).toHaveLength(2);
      expect(secrets, name).toContain(SECRET_ARN);
      expect(JSON.stringify(secrets.filter((s) => s !== SECRET_ARN)), name).toContain("LinkSecret");
    }
    for (const [name, [stack, description]] of Object.entries(NOT_MAILING)) {
      const grants = roleGrants(china[stack], functionId(china[stack], description));
      expect(actionsOf(grants).filter((action) => action.startsWith("secretsmanager:") || action.startsWith("ses:")), name).toEqual([]);
    }
  });

  it("tells the Lambdas the SMTP server and where the secret is, never a credential, and links to the ICP domain", () => {
    for (const [name, [stack, description]] of Object.entries({ ...MAILING, ...NOT_MAILING })) {
      const variables = china[stack].toJSON().Resources[functionId(china[stack], description)].Properties.Environment.Variables;
      expect(variables, name).toMatchObject({ MAIL_TRANSPORT: "smtp", SMTP_HOST: "smtpdm.aliyun.com", SMTP_PORT: "465", SMTP_TLS: "implicit", SMTP_SECRET_ARN: SECRET_ARN, BASE_URL: "https://beian.example.gov.cn" });
      expect(Object.keys(variables).filter((key) => /pass|secret_?string|credential/i.test(key)), name).toEqual([]);
    }
  });

  it("serves the site from a private bucket through an OAI-only, ICP-domain distribution with no CloudFront China lacks", () => {
    const web = china.WebStack;
    expect(resources(web, "AWS::CloudFront::Function")).toEqual([]);
    const [[, distribution]] = resources(web, "AWS::CloudFront::Distribution");
    const config = distribution.Properties.DistributionConfig;
    expect(keysNamed(config, CLOUDFRONT_PROPERTIES_MISSING_IN_CHINA)).toEqual([]);
    expect(config).toMatchObject({
      Aliases: ["beian.example.gov.cn"],
      ViewerCertificate: { IamCertificateId: "ASCAEXAMPLE1234567890", SslSupportMethod: "sni-only" },
      DefaultRootObject: "index.html",
      DefaultCacheBehavior: { TargetOriginId: "site", ViewerProtocolPolicy: "redirect-to-https" },
    });
    // index.html is the root object; mapping errors to it would mask the API's 403/404.
    expect(config.CustomErrorResponses ?? []).toEqual([]);
    const site = config.Origins.find((origin: { Id: string }) => origin.Id === "site");
    expect(JSON.stringify(site.S3OriginConfig.OriginAccessIdentity)).toContain("WebOriginAccessIdentity");
    const [[, bucketPolicy]] = resources(web, "AWS::S3::BucketPolicy");
    const reads = bucketPolicy.Properties.PolicyDocument.Statement.filter((statement: { Principal?: { CanonicalUser?: unknown } }) => statement.Principal?.CanonicalUser);
    expect(reads.map((statement: { Action: unknown }) => statement.Action)).toEqual(["s3:GetObject"]);
  });

  it("forwards the API paths to the gateway uncached, with cookies, query and the API's headers but not Host", () => {
    const [[, distribution]] = resources(china.WebStack, "AWS::CloudFront::Distribution");
    const config = distribution.Properties.DistributionConfig;
    const gateway = config.Origins.find((origin: { Id: string }) => origin.Id === "gateway");
    expect(JSON.stringify(gateway.DomainName)).toContain("ApiEndpoint");
    expect(gateway.CustomOriginConfig.OriginProtocolPolicy).toBe("https-only");
    expect(config.CacheBehaviors.map((behavior: { PathPattern: string }) => behavior.PathPattern)).toEqual([...API_PATHS]);
    for (const behavior of config.CacheBehaviors) {
      expect(behavior).toMatchObject({ TargetOriginId: "gateway", MinTTL: 0, DefaultTTL: 0, MaxTTL: 0, ForwardedValues: { QueryString: true, Cookies: { Forward: "all" } } });
      expect(behavior.AllowedMethods).toEqual(expect.arrayContaining(["GET", "POST", "PUT", "PATCH", "DELETE"]));
      expect(behavior.ForwardedValues.Headers).toEqual([...API_FORWARDED_HEADERS]);
      expect(behavior.ForwardedValues.Headers.map((header: string) => header.toLowerCase())).not.toContain("host");
    }
  });

  it("keeps the Lambdas free of X-Ray tracing, which the China regions lack for Lambda", () => {
    for (const [name, json] of templates(china)) {
      for (const [, fn] of Object.entries(json.Resources as Record<string, { Type: string; Properties: { TracingConfig?: { Mode?: string } } }>)) {
        if (fn.Type === "AWS::Lambda::Function") expect(fn.Properties.TracingConfig?.Mode, name).not.toBe("Active");
      }
    }
  });
});

describe(`the whole app synthesized for ${TEST_REGION} with SES`, () => {
  it("is partition-neutral too", () => {
    for (const [name, json] of templates(global)) expect(JSON.stringify(json), name).not.toContain("arn:aws:");
  });

  it("grants SES on the sender's identity and no Secrets Manager access but to the link secret", () => {
    const actions = allActions(global);
    expect(actions).toContain("ses:SendEmail");
    expect(actions.filter((action) => action.startsWith("secretsmanager:"))).toEqual(["secretsmanager:GetSecretValue"]);
    for (const [name, [stack, description]] of Object.entries(MAILING)) {
      const secrets = resourcesFor(roleGrants(global[stack], functionId(global[stack], description)), "secretsmanager:GetSecretValue");
      expect(secrets, name).toContain("LinkSecret");
      expect(secrets, name).not.toContain("smtp");
    }
    const fn = global.ReviewStack.toJSON().Resources[functionId(global.ReviewStack, "Opens a review stage")].Properties;
    expect(fn.Environment.Variables.MAIL_TRANSPORT).toBe("ses");
    expect(fn.Environment.Variables.SMTP_SECRET_ARN).toBeUndefined();
  });

  it("keeps SST's site distribution (with its CloudFront Function), as before", () => {
    expect(resources(global.WebStack, "AWS::CloudFront::Function")).toHaveLength(1);
    expect(resources(global.WebStack, "AWS::CloudFront::CloudFrontOriginAccessIdentity")).toHaveLength(1);
  });
});
