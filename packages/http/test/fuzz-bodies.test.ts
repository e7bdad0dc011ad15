import { createHash } from "node:crypto";
import { ScanCommand } from "@aws-sdk/client-dynamodb";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Filing } from "@beian/core";
import { createApp } from "@beian/http";
import { createDraft, draftInput } from "../../../test/support/content.js";
import { filingInput } from "../../../test/support/fixtures.js";
import { decide, login, reviewLink } from "../../../test/support/flow.js";
import type { HttpClient } from "../../../test/support/http-client.js";
import { localDynamoClient } from "../../../test/support/dynamo.js";
import { csvOf, importRow } from "../../../test/support/register.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

/**
 * Property-based fuzzing of every route that takes a body: JSON, the server-rendered forms and the
 * import upload. Whatever is sent, the answer is never a 5xx, a refusal carries a stable code and a
 * Chinese message (JSON, or the HTML error page for the server pages), and a refusal changes
 * nothing in the table.
 */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 60);
const HAN = /[\u4e00-\u9fff]/;

let ts: TestSystem;
let admin: HttpClient;
let operator: HttpClient;
let ids: { filingId: string; accountId: string; unitId: string; personId: string; reviewLinkPath: string; draftId: string; year: number };
const dynamo = localDynamoClient();

beforeAll(async () => {
  ts = await startTestSystem();
  admin = await login(ts, ts.directory.admin.email);
  operator = await login(ts, ts.directory.operator.email);
  const body = filingInput();
  const { filing } = (await (await operator.post("/api/filings", body)).json()) as { filing: Filing };
  for (const stage of ["first", "second", "final"] as const) await decide(ts, body.accountName, stage, "approve");
  const open = filingInput({ justification: "专项" });
  await operator.post("/api/filings", open);
  const reviewLinkPath = await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", open.accountName);
  const stored = await ts.system.stores.filings.getFiling(filing.filingId);
  const draft = await createDraft(operator, draftInput([stored!.accountId!]));
  // A campaign over the filed account: the inspection's routes get a real year, unit and report.
  const year = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));
  expect((await admin.post("/api/inspection/campaigns", { year, deadline: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10) })).status).toBe(201);
  await ts.system.inspectionEngine.waitForExecution(`inspection-${year}`);
    ids = { filingId: filing.filingId, accountId: stored!.accountId!, unitId: ts.directory.unitId, personId: ts.directory.otherOperator.personId, reviewLinkPath, draftId: draft.draftId, year };
}, 120_000);
afterAll(() => ts.system.stop());

/** The table once background work (a review opening its next stage, mails) has settled. */
async function settledFingerprint(): Promise<string> {
  let last = await tableFingerprint();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const next = await tableFingerprint();
    if (next === last) return next;
    last = next;
  }
}

/** Every item in the table, hashed: a refused request must leave it as it was. */
async function tableFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  let start: Record<string, unknown> | undefined;
  const items: string[] = [];
  do {
    const page = await dynamo.send(new ScanCommand({ TableName: ts.tableName, ExclusiveStartKey: start as never }));
    for (const item of page.Items ?? []) items.push(JSON.stringify(item, Object.keys(item).sort()));
    start = page.LastEvaluatedKey;
  } while (start);
  for (const item of items.sort()) hash.update(item);
  return hash.digest("hex");
}

function concrete(path: string): string {
  return path
    .replace(":taskId", "no-such-task")
    .replace(":kind", "filing")
    .replace(":itemId", ids.filingId)
    .replace(":stage", "first")
    .replace(":scope", ids.unitId)
    .replace(":linkId", ids.reviewLinkPath.split("/").pop()!)
    .replace(":year", String(ids.year))
    .replace(":unitId", ids.unitId)
    .replace(":id", path.startsWith("/api/inspection/reports") ? `${ids.year}-${ids.accountId}` : path.startsWith("/api/content/drafts") ? ids.draftId : path.startsWith("/api/word-dictionary") ? "xh-001" : path.startsWith("/api/filings") ? ids.filingId : path.startsWith("/api/directory/units") ? ids.unitId : path.startsWith("/api/directory/people") ? ids.personId : ids.accountId);
}

/** Bodies a client could send: any JSON value, objects with hostile values, raw text, broken forms. */
const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(fc.constantFrom("name", "email", "reason", "stages", "data", "holders", "platform", "unitId", "roles", "rotatedOn", "deputyId", "reviewerId", "comment", "q", "密码", "password"), fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()), fc.object({ maxDepth: 2 }))),
  fc.record({ ...Object.fromEntries(Object.entries(filingInput()).map(([k, v]) => [k, fc.oneof(fc.constant(v), fc.string(), fc.integer(), fc.constant(null))])) }),
);
const rawBody = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
  fc.constantFrom("{", "[1,", '{"a":', "null", "\u0000\u0000", "--x\r\n", "decision=approve&comment=%E0%A4%A"),
);
const contentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=zz", "text/csv", "application/octet-stream");

type Sent = { status: number; type: string; text: string };

async function send(client: HttpClient, method: string, path: string, body: string, type: string): Promise<Sent> {
  const response = await client.request(method, path, { headers: { "content-type": type }, body });
  return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
}

function refusalProblem(sent: Sent): string | undefined {
  if (sent.status >= 500) return `answered ${sent.status}`;
  if (sent.status < 400) return undefined;
  if (sent.type.includes("text/html")) return HAN.test(sent.text) && /data-code="[A-Z_]+"/.test(sent.text) ? undefined : "HTML refusal without a Chinese message and a code";
  try {
    const error = (JSON.parse(sent.text) as { error?: { code?: string; message?: string } }).error;
    if (!error?.code || !/^[A-Z_]+$/.test(error.code)) return `no stable code: ${sent.text.slice(0, 120)}`;
    if (!HAN.test(error.message ?? "")) return `message not Chinese: ${error.message}`;
  } catch {
    return `refusal is not JSON: ${sent.text.slice(0, 120)}`;
  }
  return undefined;
}

describe("fuzzing every body-taking route", () => {
  it("never answers 5xx, refuses in Chinese with a stable code, and a refusal changes nothing", async () => {
    const routes = [...new Set(createApp(ts.system.services).routes.filter((r) => ["POST", "PUT"].includes(r.method)).map((r) => `${r.method} ${r.path}`))].filter(
      // Log-out would end the sessions the fuzzing needs; it takes no body.
      (r) => r !== "POST /api/auth/logout",
    );
    expect(routes.length).toBeGreaterThanOrEqual(25);
    const problems: string[] = [];
    let sentCount = 0;
    for (const route of routes) {
      const [method, pattern] = route.split(" ");
      const path = concrete(pattern);
      const client = pattern.startsWith("/api/directory") || pattern.includes("review-chains") || pattern.includes("/restart") || pattern.includes("/suspend") || pattern.includes("/restore") || pattern.includes("reassign") || pattern.endsWith("/import") || pattern.startsWith("/api/word-dictionary") || pattern.startsWith("/api/inspection/campaigns") || pattern.startsWith("/api/inspection/indicators") ? admin : operator;
      const before = await settledFingerprint();
      let refusedOnly = true;
      await fc.assert(
        fc.asyncProperty(fc.oneof(jsonish.map((v) => JSON.stringify(v)), rawBody), contentType, async (body, type) => {
          const sent = await send(client, method, path, body, type);
          sentCount++;
          const problem = refusalProblem(sent);
          if (problem) problems.push(`${route} [${type}] ${JSON.stringify(body).slice(0, 80)} → ${problem}`);
          if (sent.status < 400) refusedOnly = false;
          return true;
        }),
        { numRuns: RUNS_PER_ROUTE, seed: 20261202 },
      );
      const after = await settledFingerprint();
      if (refusedOnly && after !== before) problems.push(`${route}: refused every body yet the table changed`);
    }
    // The upload route gets CSV-shaped noise too.
    for (let i = 0; i < 40; i++) {
      const cells = importRow(ids.unitId, { 主管领导电话: fc.sample(fc.string(), 1)[0], 平台类型: fc.sample(fc.string(), 1)[0] });
      const sent = await send(admin, "POST", "/api/register/import?dryRun=1", csvOf([cells]), "text/csv");
      sentCount++;
      const problem = refusalProblem(sent);
      if (problem) problems.push(`import → ${problem}`);
    }
    expect(problems).toEqual([]);
    expect(sentCount).toBeGreaterThan(1500);
  }, 600_000);
});
