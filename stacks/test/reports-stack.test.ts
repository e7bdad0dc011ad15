import type { Services } from "@beian/core";
import { createApiApp, createReportsApp } from "@beian/http";
import type { Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { FIGURE_STREAM_TABLE_ACTIONS, REPORTS_TABLE_ACTIONS } from "../permissions.js";
import { FIGURE_STREAM_RETRIES, REPORT_ROUTES } from "../reports-stack.js";
import { synthesize, type StackName } from "./synth.js";
import { actionsOf, functionId, managedPolicies, resources, resourcesFor, roleGrants } from "./template-queries.js";

let stacks: Record<StackName, Template>;
const REPORTS = "Beian reports";
const STREAM = "Keeps the report figures";

beforeAll(async () => {
  stacks = await synthesize("test");
}, 60_000);

/** Building an app only wires closures; no service is called. */
const noServices = { deps: { log: { info() {}, warn() {}, error() {} }, config: { baseUrl: "https://beian.example.gov.cn" }, clock: { now: () => new Date() } } } as unknown as Services;
const served = (app: { routes: { method: string; path: string }[] }) => [...new Set(app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`))].sort();

describe("the table's stream", () => {
  it("carries new and old images of every item", () => {
    stacks.StorageStack.hasResourceProperties("AWS::DynamoDB::Table", { StreamSpecification: { StreamViewType: "NEW_AND_OLD_IMAGES" } });
  });
});

describe("the reports Lambda", () => {
  it("serves /api/reports and everything below it on its own gateway routes; the API serves none of it", () => {
    const template = stacks.ReportsStack;
    const routes = resources(template, "AWS::ApiGatewayV2::Route").map(([, r]) => r.Properties.RouteKey as string);
    expect(routes.sort()).toEqual([...REPORT_ROUTES].sort());
    const reportsApp = served(createReportsApp(noServices));
    expect(reportsApp.every((route) => route === "GET /api/reports" || route.startsWith("GET /api/reports/"))).toBe(true);
    expect(served(createApiApp(noServices)).filter((route) => route.startsWith("GET /api/reports"))).toEqual([]);
  });

  it("only reads the table: no writes, no mail, no Step Functions, no wildcards", () => {
    const template = stacks.ReportsStack;
    const grants = roleGrants(template, functionId(template, REPORTS));
    expect(actionsOf(grants)).toEqual([...REPORTS_TABLE_ACTIONS].sort());
    expect(resourcesFor(grants, "dynamodb:Query")).toContain("/index/*");
    expect(resourcesFor(grants, "dynamodb:Query")).not.toMatch(/"\*"/);
    expect(managedPolicies(template, functionId(template, REPORTS)).match(/policy\//g)).toHaveLength(1);
  });
});

describe("the figure stream consumer", () => {
  it("reads the table's stream from the start, reporting failed records so a shard resumes from them", () => {
    const template = stacks.ReportsStack;
    const [[, mapping]] = resources(template, "AWS::Lambda::EventSourceMapping");
    expect(mapping.Properties).toMatchObject({
      FunctionName: { Ref: functionId(template, STREAM) },
      StartingPosition: "TRIM_HORIZON",
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      MaximumRetryAttempts: FIGURE_STREAM_RETRIES,
      ParallelizationFactor: 1,
    });
    expect(JSON.stringify(mapping.Properties.EventSourceArn)).toMatch(/StorageStack:ExportsOutputFnGetAttTable\w*StreamArn/);
  });

  it("may read the stream and add to counters, and nothing else", () => {
    const template = stacks.ReportsStack;
    const grants = roleGrants(template, functionId(template, STREAM));
    const streamActions = ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"];
    expect(actionsOf(grants)).toEqual([...FIGURE_STREAM_TABLE_ACTIONS, ...streamActions].sort());
    expect(actionsOf(grants).filter((a) => a.startsWith("ses:") || a.startsWith("states:") || a.startsWith("secretsmanager:"))).toEqual([]);
  });
});
