import { randomUUID } from "node:crypto";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createServices, digest, mintOpaqueId, type Person } from "@beian/core";
import { createRegisterFilesApp, SESSION_COOKIE } from "@beian/http";
import { createDynamoStores } from "@beian/store-dynamodb";
import type { Context } from "aws-lambda";
import type { LambdaEvent } from "hono/aws-lambda";
import { beforeAll, describe, expect, it, inject } from "vitest";
import { REGISTER_FILES_TABLE_ACTIONS } from "../../stacks/permissions.js";
import { freshTable } from "../../test/support/dynamo.js";
import { csvOf, importRow } from "../../test/support/register.js";
import { httpApiEvent } from "./lambda-event.js";

/**
 * The register-files Lambda: its entry point as API Gateway invokes it, and the DynamoDB actions
 * export and import really use, against the IAM actions its role is granted (stacks/permissions.ts).
 */
const BASE_URL = "https://beian.example.gov.cn";
const tag = randomUUID().slice(0, 8);
const unitId = `unit-${tag}`;
const admin: Person = { personId: `admin-${tag}`, name: "刘洋", email: `admin-${tag}@example.gov.cn`, unitId, roles: ["admin"], active: true };
const sessionId = mintOpaqueId();
const cookie = `${SESSION_COOKIE}=${sessionId}`;

let doc: DynamoDBDocumentClient;
let tableName: string;
let lambda: typeof import("../register-files.js");

beforeAll(async () => {
  ({ doc, tableName } = await freshTable());
  const stores = createDynamoStores({ doc, tableName });
  await stores.seeding.seedUnit({ unitId, name: "清河县卫生健康局" });
  await stores.seeding.seedPerson(admin);
  await stores.auth.putSession(digest(sessionId), admin.personId, new Date().toISOString(), new Date(Date.now() + 3_600_000).toISOString());

  // No REVIEW_STATE_MACHINE_ARN: the stack gives this function none.
  Object.assign(process.env, {
    AWS_REGION: "ap-southeast-1",
    AWS_ACCESS_KEY_ID: "fake",
    AWS_SECRET_ACCESS_KEY: "fake",
    AWS_ENDPOINT_URL_DYNAMODB: inject("dynamoEndpoint"),
    TABLE_NAME: tableName,
    MAIL_FROM: "政务新媒体备案管理系统 <noreply@beian.example.gov.cn>",
    BASE_URL,
    // Export and import never derive approval links: the secret is never read.
    LINK_SECRET_ARN: "arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:beian/link-secret",
  });
  delete process.env.REVIEW_STATE_MACHINE_ARN;
  delete process.env.AWS_PROFILE;
  // Imported after the environment is set: the handler builds its services at load time.
  lambda = await import("../register-files.js");
});

async function invoke(...args: Parameters<typeof httpApiEvent>) {
  // Hono types the v2 event more narrowly than API Gateway sends it (authorizer always present).
  return lambda.handler(httpApiEvent(...args) as unknown as LambdaEvent, {} as Context);
}

/** The IAM action each DynamoDB call needs; a transaction is authorized per contained operation. */
function iamActions(command: { constructor: { name: string }; input: unknown }): string[] {
  const name = command.constructor.name.replace(/Command$/, "");
  if (name === "TransactWrite") {
    const items = (command.input as { TransactItems: Record<string, unknown>[] }).TransactItems;
    return items.flatMap((item) => Object.keys(item)).map((op) => (op === "ConditionCheck" ? "dynamodb:ConditionCheckItem" : `dynamodb:${op}Item`));
  }
  const plain: Record<string, string> = { Get: "GetItem", BatchGet: "BatchGetItem", Query: "Query", Scan: "Scan", Put: "PutItem", Update: "UpdateItem", Delete: "DeleteItem", BatchWrite: "BatchWriteItem" };
  return [`dynamodb:${plain[name] ?? name}`];
}

describe("register-files Lambda", () => {
  it("imports and exports through API Gateway events, with the API's session and error answers", async () => {
    const row = importRow(unitId);
    const imported = await invoke("POST", "/api/register/import", { body: csvOf([row]), contentType: "text/csv; charset=utf-8", cookies: [cookie] });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(JSON.parse(imported.body!).created).toHaveLength(1);

    const csv = await invoke("GET", `/api/register/export.csv?unitId=${unitId}`, { cookies: [cookie] });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers?.["content-type"]).toMatch(/^text\/csv/);
    expect(csv.body).toContain(row.账号名称);

    const xlsx = await invoke("GET", `/api/register/export.xlsx?unitId=${unitId}`, { cookies: [cookie] });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.isBase64Encoded).toBe(true);
    expect(Buffer.from(xlsx.body!, "base64").subarray(0, 2).toString()).toBe("PK");

    const anonymous = await invoke("GET", "/api/register/export.csv");
    expect(anonymous.statusCode).toBe(401);
    expect(JSON.parse(anonymous.body!).error.message).toMatch(/[\u4e00-\u9fff]/);

    const notHere = await invoke("GET", "/api/register", { cookies: [cookie] });
    expect(notHere.statusCode).toBe(404);
    expect(JSON.parse(notHere.body!).error.code).toBe("NOT_FOUND");
  });

  it("uses exactly the DynamoDB actions its role is granted, and neither mail nor Step Functions", async () => {
    const used = new Set<string>();
    const send = doc.send.bind(doc) as (command: never, options?: unknown) => Promise<unknown>;
    const recording = Object.assign(Object.create(doc) as DynamoDBDocumentClient, {
      send: (command: never, options?: unknown) => {
        for (const action of iamActions(command)) used.add(action);
        return send(command, options);
      },
    });
    const stores = createDynamoStores({ doc: recording, tableName });
    const outside: string[] = [];
    const services = createServices({
      stores,
      mailer: { send: async (mail) => void outside.push(`mail ${mail.subject}`) },
      workflow: {
        start: async (name) => void outside.push(`start ${name}`),
        sendTaskSuccess: async () => void outside.push("task success"),
        sendTaskFailure: async () => void outside.push("task failure"),
      },
      clock: { now: () => new Date() },
      config: { baseUrl: BASE_URL, approvalLinkTtlHours: 72, loginLinkTtlMinutes: 15, sessionTtlHours: 12, linkSecret: "register-files-test" },
      newId: randomUUID,
      log: { info() {}, warn() {}, error() {} },
    });
    const app = createRegisterFilesApp(services);
    const request = (path: string, init: RequestInit = {}) => app.request(`${BASE_URL}${path}`, { ...init, headers: { cookie, ...(init.headers ?? {}) } });

    const rows = [importRow(unitId), importRow(unitId)];
    const checked = await request("/api/register/import?dryRun=1", { method: "POST", body: csvOf(rows), headers: { "content-type": "text/csv" } });
    expect(checked.status).toBe(200);
    const imported = await request("/api/register/import", { method: "POST", body: csvOf(rows), headers: { "content-type": "text/csv" } });
    expect(imported.status, await imported.clone().text()).toBe(201);
    const again = await request("/api/register/import", { method: "POST", body: csvOf(rows), headers: { "content-type": "text/csv" } });
    expect(((await again.json()) as { existing: unknown[] }).existing).toHaveLength(2);
    for (const path of ["/api/register/export.csv", "/api/register/export.xlsx", `/api/register/export.csv?unitId=${unitId}&q=${encodeURIComponent("导入账号")}`]) {
      expect((await request(path)).status, path).toBe(200);
    }

    expect([...used].sort()).toEqual([...REGISTER_FILES_TABLE_ACTIONS].sort());
    expect(outside).toEqual([]);
  });
});
