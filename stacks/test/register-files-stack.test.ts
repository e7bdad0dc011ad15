import type { Services } from "@beian/core";
import { createApiApp, createRegisterFilesApp } from "@beian/http";
import type { Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { REGISTER_FILE_ROUTES } from "../api-stack.js";
import { REGISTER_FILES_TABLE_ACTIONS } from "../permissions.js";
import { synthesize } from "./synth.js";
import { actionsOf, functionId, managedPolicies, resources, resourcesFor, roleGrants } from "./template-queries.js";

let api: Template;
const FILES = "Beian register export";
const API = "Beian HTTP API";

beforeAll(async () => {
  api = (await synthesize("test")).ApiStack;
}, 60_000);

/** Each gateway route key and the function its integration invokes. */
function routeTargets(template: Template): Record<string, string> {
  const integrations = Object.fromEntries(resources(template, "AWS::ApiGatewayV2::Integration").map(([id, integration]) => [id, integration.Properties.IntegrationUri["Fn::GetAtt"][0] as string]));
  return Object.fromEntries(
    resources(template, "AWS::ApiGatewayV2::Route").map(([, route]) => [route.Properties.RouteKey as string, integrations[route.Properties.Target["Fn::Join"][1][1].Ref]]),
  );
}

/** The method-and-path routes an app serves, as gateway route keys (`:year` is `{year}` there; middleware entries left out). */
function servedRoutes(app: { routes: { method: string; path: string }[] }): string[] {
  return [...new Set(app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`))].sort();
}

/** Building an app only wires closures; no service is called. */
const noServices = { deps: { log: { info() {}, warn() {}, error() {} }, config: { baseUrl: "https://beian.example.gov.cn" }, clock: { now: () => new Date() } } } as unknown as Services;

describe("the register-files Lambda (export and import, kept out of the API)", () => {
  it("gets exactly the file routes on the gateway (the register's four, the inspection results); everything else stays on $default → API", () => {
    const targets = routeTargets(api);
    const files = functionId(api, FILES);
    expect(Object.keys(targets).sort()).toEqual([
      "$default",
      "GET /api/inspection/campaigns/{year}/export.xlsx",
      "GET /api/register/export.csv",
      "GET /api/register/export.xlsx",
      "GET /api/register/import-template.xlsx",
      "POST /api/register/import",
    ]);
    expect(targets.$default).toBe(functionId(api, API));
    for (const route of REGISTER_FILE_ROUTES) expect(targets[route], route).toBe(files);
  });

  it("routes on the gateway exactly what each app serves: no file route lost, none served twice", () => {
    const filesApp = servedRoutes(createRegisterFilesApp(noServices));
    expect(filesApp).toEqual([...REGISTER_FILE_ROUTES].sort());
    const apiApp = servedRoutes(createApiApp(noServices));
    expect(apiApp.filter((route) => filesApp.includes(route))).toEqual([]);
    expect(apiApp).toContain("GET /api/register");
  });

  it("may be invoked by the gateway on its own routes only", () => {
    const files = functionId(api, FILES);
    const permissions = resources(api, "AWS::Lambda::Permission").filter(([, p]) => JSON.stringify(p.Properties.FunctionName) === JSON.stringify({ "Fn::GetAtt": [files, "Arn"] }));
    const paths = permissions.map(([, p]) => JSON.stringify(p.Properties.SourceArn).match(/\/\*\/\*(\/[^"]*)"/)?.[1]).sort();
    expect(paths).toEqual(["/api/inspection/campaigns/{year}/export.xlsx", "/api/register/export.csv", "/api/register/export.xlsx", "/api/register/import", "/api/register/import-template.xlsx"]);
    for (const [, p] of permissions) expect(p.Properties.Principal).toBe("apigateway.amazonaws.com");
  });

  it("reads and writes only what export and import need: exact table actions, no mail, no Step Functions, no wildcards", () => {
    const grants = roleGrants(api, functionId(api, FILES));
    expect(actionsOf(grants)).toEqual(
      ["dynamodb:BatchGetItem", "dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem"],
    );
    expect([...REGISTER_FILES_TABLE_ACTIONS].sort()).toEqual(actionsOf(grants));
    for (const action of actionsOf(grants)) expect(action).not.toMatch(/\*/);
    const table = resourcesFor(grants, "dynamodb:Query");
    expect(table).toContain("StorageStack:ExportsOutputFnGetAttTable");
    expect(table).toContain("/index/*");
    expect(table).not.toMatch(/"\*"/);
    expect(managedPolicies(api, functionId(api, FILES)).match(/policy\//g)).toHaveLength(1);
    expect(managedPolicies(api, functionId(api, FILES))).toContain("service-role/AWSLambdaBasicExecutionRole");
  });

  it("has more memory and time than the API, Node.js 22 on arm64, and no state machine ARN", () => {
    const files = api.toJSON().Resources[functionId(api, FILES)].Properties;
    const main = api.toJSON().Resources[functionId(api, API)].Properties;
    expect(files.MemorySize).toBeGreaterThan(main.MemorySize);
    expect(files.Timeout).toBeGreaterThan(main.Timeout);
    expect(files.Runtime).toBe("nodejs22.x");
    expect(files.Architectures).toEqual(["arm64"]);
    expect(Object.keys(files.Environment.Variables)).toEqual(expect.arrayContaining(["TABLE_NAME", "MAIL_FROM", "BASE_URL"]));
    expect(files.Environment.Variables.REVIEW_STATE_MACHINE_ARN).toBeUndefined();
  });
});
