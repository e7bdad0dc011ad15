import { randomUUID } from "node:crypto";
import { createDynamoStores } from "@beian/store-dynamodb";
import { chainAudit, FILING_CHECKLISTS, GENESIS_HASH, type Account, type Person, type Stores } from "@beian/core";
import type { Context } from "aws-lambda";
import type { LambdaEvent } from "hono/aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshTable } from "../../test/support/dynamo.js";
import { filingInput } from "../../test/support/fixtures.js";
import { seedDefaultChain } from "../../test/support/test-system.js";
import { startFakeAwsEndpoint, type FakeAwsEndpoint } from "../../packages/aws-adapters/test/fake-aws-endpoint.js";

/**
 * The Lambda entry points as AWS runs them: configured only by environment variables, with the real
 * SDK clients. DynamoDB is DynamoDB Local; Step Functions and SES are a local wire-level fake, so
 * nothing leaves the machine.
 */
const MACHINE = "arn:aws:states:ap-southeast-1:123456789012:stateMachine:test-beian-review";
const BASE_URL = "https://beian.example.gov.cn";
const LINK_SECRET_ARN = "arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:beian/link-secret";

let aws: FakeAwsEndpoint;
let stores: Stores;
let handlers: {
  api: typeof import("../api.js");
  openStage: typeof import("../open-stage.js");
  reviewOutcome: typeof import("../review-outcome.js");
  outbox: typeof import("../outbox-sweep.js");
  contentMonitor: typeof import("../content-monitor.js");
  adapters: typeof import("@beian/aws-adapters");
};

const tag = randomUUID().slice(0, 8);
const unitId = `unit-${tag}`;
const operator: Person = { personId: `op-${tag}`, name: "王芳", email: `op-${tag}@example.gov.cn`, unitId, roles: ["operator"], active: true };
const reviewer: Person = { personId: `rv-${tag}`, name: "赵磊", email: `rv-${tag}@example.gov.cn`, unitId, roles: ["reviewer"], active: true };

beforeAll(async () => {
  aws = await startFakeAwsEndpoint();
  const { doc, tableName } = await freshTable();
  stores = createDynamoStores({ doc, tableName });
  await stores.seeding.seedUnit({ unitId, name: "清河县教育局" });
  await stores.seeding.seedPerson(operator);
  await stores.seeding.seedPerson(reviewer);
  await seedDefaultChain(stores, "filing", { first: [reviewer.personId] });

  Object.assign(process.env, {
    AWS_REGION: "ap-southeast-1",
    AWS_ACCESS_KEY_ID: "fake",
    AWS_SECRET_ACCESS_KEY: "fake",
    AWS_ENDPOINT_URL_DYNAMODB: (await import("vitest")).inject("dynamoEndpoint"),
    AWS_ENDPOINT_URL_SFN: aws.url,
    AWS_ENDPOINT_URL_SESV2: aws.url,
    TABLE_NAME: tableName,
    MAIL_FROM: "政务新媒体备案管理系统 <noreply@beian.example.gov.cn>",
    BASE_URL,
    REVIEW_STATE_MACHINE_ARN: MACHINE,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: aws.url,
    LINK_SECRET_ARN: LINK_SECRET_ARN,
  });
  // The approval-link secret, as Secrets Manager answers for it.
  aws.respond((call) => (call.operation === "secretsmanager.GetSecretValue" && call.body.SecretId === LINK_SECRET_ARN ? { body: { ARN: LINK_SECRET_ARN, SecretString: `link-secret-${tag}-0123456789abcdef0123456789` } } : undefined));
  delete process.env.AWS_PROFILE;
  // Imported after the environment is set: the API handler builds its services at load time.
  handlers = {
    api: await import("../api.js"),
    openStage: await import("../open-stage.js"),
    reviewOutcome: await import("../review-outcome.js"),
    outbox: await import("../outbox-sweep.js"),
    contentMonitor: await import("../content-monitor.js"),
    adapters: await import("@beian/aws-adapters"),
  };
});

afterAll(() => aws?.stop());

const mailsTo = (email: string) => aws.calls.filter((call) => call.operation === "POST /v2/email/outbound-emails" && call.body.Destination.ToAddresses.includes(email));

async function callApi(...args: Parameters<typeof import("./lambda-event.js").httpApiEvent>) {
  const { httpApiEvent } = await import("./lambda-event.js");
  // Hono types the v2 event more narrowly than API Gateway sends it (authorizer always present).
  return handlers.api.handler(httpApiEvent(...args) as unknown as LambdaEvent, {} as Context);
}

describe("Lambda entry points wired to AWS adapters", () => {
  it("builds the services once per container", () => {
    expect(handlers.adapters.awsServices()).toBe(handlers.adapters.awsServices());
  });

  it("runs one review stage: StartExecution, open-stage mails the reviewer, the API decision answers the token", async () => {
    const services = handlers.adapters.awsServices();
    const filing = await services.filings.submit(operator, filingInput());

    const start = aws.calls.find((call) => call.operation === "AWSStepFunctions.StartExecution" && call.body.name === `filing-${filing.filingId}-r1`);
    expect(start?.body.stateMachineArn).toBe(MACHINE);
    expect(JSON.parse(start!.body.input)).toEqual({ kind: "filing", itemId: filing.filingId, round: 1 });

    const taskToken = `token-${randomUUID()}`;
    await expect(handlers.openStage.handler({ kind: "filing", itemId: filing.filingId, round: 1, stage: "first", taskToken })).resolves.toBeUndefined();
    const [mail] = mailsTo(reviewer.email);
    expect(mail.body.Content.Simple.Subject).toMatchObject({ Charset: "UTF-8", Data: expect.stringContaining("待初审") });
    expect(mail.body.FromEmailAddress).toMatch(/^=\?UTF-8\?B\?.+\?= <noreply@beian\.example\.gov\.cn>$/);
    const link = mail.body.Content.Simple.Body.Text.Data.match(new RegExp(`${BASE_URL}(/review/[A-Za-z0-9_-]+)`))?.[1];
    expect(link).toBeDefined();
    expect(await stores.reviews.getTask(filing.filingId, 1, "first")).toMatchObject({ status: "pending", taskToken, reviewerId: reviewer.personId });

    const page = await callApi("GET", link!);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(filing.data.accountName);

    const form = new URLSearchParams([["decision", "approve"], ["comment", ""], ...FILING_CHECKLISTS.first.map((item) => ["checklist", item.id])]);
    const decided = await callApi("POST", link!, { body: form.toString(), contentType: "application/x-www-form-urlencoded" });
    expect(decided.statusCode).toBe(200);
    const answer = aws.calls.find((call) => call.operation === "AWSStepFunctions.SendTaskSuccess" && call.body.taskToken === taskToken);
    expect(JSON.parse(answer!.body.output)).toEqual({ decision: "approve" });
    expect(await stores.reviews.getTask(filing.filingId, 1, "first")).toMatchObject({ status: "decided", delivered: true });
  });

  it("rate-limits the public verify by the address CloudFront appended, whatever the client puts before it", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const response = await callApi("GET", "/api/public/verify?q=gh_nothing", { forwardedFor: `198.51.100.${i}, 192.0.2.44`, sourceIp: "130.176.1.1" });
      statuses.push(response.statusCode!);
    }
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    const otherViewer = await callApi("GET", "/api/public/verify?q=gh_nothing", { forwardedFor: "192.0.2.45", sourceIp: "130.176.1.1" });
    expect(otherViewer.statusCode).toBe(200);
  });

  it("answers JSON API calls through API Gateway v2 events (401 without a session)", async () => {
    const response = await callApi("GET", "/api/me");
    expect(response.statusCode).toBe(401);
    expect(JSON.parse(response.body!)).toMatchObject({ error: { code: expect.any(String) } });
  });

  it("rejects a malformed task payload before touching any service", async () => {
    const before = aws.calls.length;
    await expect(handlers.openStage.handler({ itemId: "x", round: 1, stage: "fourth", taskToken: "t" })).rejects.toThrow();
    await expect(handlers.reviewOutcome.handler({ round: 1 })).rejects.toThrow();
    expect(aws.calls.length).toBe(before);
  });

  it("reports a stale outcome for an execution whose item is gone, ignoring the extra state fields", async () => {
    await expect(handlers.reviewOutcome.handler({ itemType: "filing", itemId: `missing-${tag}`, round: 1, decisions: {} })).resolves.toEqual({ status: "stale" });
  });

  it("runs the daily update monitor: a filed account in the register is enrolled once", async () => {
    const at = new Date().toISOString();
    const accountId = `acct-${tag}`;
    const input = filingInput({ accountName: `监测账号${tag}` });
    const audit = chainAudit({ entityId: accountId, seq: 1, at, actorId: "test", actorName: "测试", action: "account_imported", details: {} }, GENESIS_HASH);
    const account: Account = { accountId, filingNumber: `QH-${tag}`, filingId: `import:${accountId}`, unitId, platform: input.platform, platformKey: `${input.platform}:${tag}`, accountName: input.accountName, status: "filed", data: input, filedAt: at, updatedAt: at, auditSeq: 1, auditHead: audit.hash };
    await stores.tx.commit(stores.accounts.writeAccount({ account, audit }));

    await expect(handlers.contentMonitor.handler()).resolves.toEqual({ warned: 0, violated: 0, checked: 0 });
    const [entry] = await stores.monitor.getEntries([accountId]);
    expect(entry).toMatchObject({ accountId, state: "ok", lastSource: "enrolled" });
    await handlers.contentMonitor.handler();
    expect((await stores.monitor.getEntries([accountId]))[0]).toEqual(entry);
  });

  it("sweeps undelivered decisions on schedule (none left after a delivered decision)", async () => {
    await expect(handlers.outbox.handler()).resolves.toEqual({ effects: 0, redelivered: 0 });
  });
});
