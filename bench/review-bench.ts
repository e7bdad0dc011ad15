import { randomUUID } from "node:crypto";
import { CreateTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createServices, FILING_CHECKLISTS, type Mail, type ReviewWorkflow } from "@beian/core";
import { createApp } from "@beian/http";
import { createDynamoStores, createTableInput } from "@beian/store-dynamodb";
import { filingInput } from "../test/support/fixtures.js";
import { recordCommands, retarget, type Recorded } from "./command-recorder.js";
import { summarize, timeEach, type Row } from "./stats.js";

/** StartExecution / SendTaskSuccess are one network call each in AWS; here they only count. */
class CountingWorkflow implements ReviewWorkflow {
  starts = 0;
  deliveries = 0;
  async start() {
    this.starts++;
  }
  async sendTaskSuccess() {
    this.deliveries++;
  }
  async sendTaskFailure() {}
}

const form = (fields: [string, string][]) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

/**
 * POST /api/filings and POST /review/:link through the in-process Hono app on DynamoDB Local,
 * beside the raw time of exactly the DynamoDB commands each request sent. Every command (set-up
 * included) is recorded, then replayed in the same order into a twin table, so the raw writes
 * meet the same state and pass the same conditions as the handler's did.
 */
export async function benchReviewPaths(client: DynamoDBClient, doc: DynamoDBDocumentClient, tableName: string, count: number): Promise<Row[]> {
  const recorder = recordCommands(doc);
  const stores = createDynamoStores({ doc, tableName });
  const mails: Mail[] = [];
  const workflow = new CountingWorkflow();
  const services = createServices({
    stores,
    workflow,
    mailer: { send: async (m) => void mails.push(m) },
    clock: { now: () => new Date() },
    config: { baseUrl: "http://bench", approvalLinkTtlHours: 72, loginLinkTtlMinutes: 15, sessionTtlHours: 12, linkSecret: "bench-link-secret" },
    newId: randomUUID,
    log: { info() {}, warn() {}, error() {} },
  });
  const app = createApp(services);

  // One operator per unit, so every filing passes the one-account-per-platform rule by its query.
  const cookies: string[] = [];
  const setUp = await recorder.during(async () => {
    for (let i = 0; i < count; i++) {
      const unitId = `unit-${randomUUID()}`;
      await stores.seeding.seedUnit({ unitId, name: `清河县第${i + 1}单位` });
      const operator = { personId: `op-${randomUUID()}`, name: "王芳", email: `op-${randomUUID()}@bench.cn`, unitId, roles: ["operator" as const], active: true };
      await stores.seeding.seedPerson(operator);
      await services.auth.requestLoginLink(operator.email);
      const token = mails.at(-1)!.text.match(/token=([A-Za-z0-9_-]+)/)![1];
      cookies.push(`beian_session=${(await services.auth.completeLogin(token)).sessionId}`);
    }
    const reviewer = { personId: `rv-${randomUUID()}`, name: "赵磊", email: "rv@bench.cn", unitId: "unit-registry", roles: ["reviewer" as const], active: true };
    await stores.seeding.seedPerson(reviewer);
    await stores.chains.seedChain({ kind: "filing", scope: "default", stages: { first: [reviewer.personId] }, updatedAt: new Date().toISOString(), updatedBy: "bench" });
  });

  const bodies = Array.from({ length: count }, () => JSON.stringify(filingInput()));
  const filingIds: string[] = [];
  const filingCommands: Recorded[] = [];
  const filings = await timeEach(count, async (i) => {
    filingCommands.push(
      await recorder.during(async () => {
        const response = await app.request("http://bench/api/filings", { method: "POST", headers: { "content-type": "application/json", cookie: cookies[i] }, body: bodies[i] });
        if (response.status !== 201) throw new Error(`filing answered ${response.status}: ${await response.text()}`);
        filingIds.push(((await response.json()) as { filing: { filingId: string } }).filing.filingId);
      }),
    );
  });

  // Open 初审 for every filing (the workflow's task), collecting the emailed link ids.
  const links: string[] = [];
  const opening = await recorder.during(async () => {
    for (const [i, itemId] of filingIds.entries()) {
      await services.reviews.openStage({ kind: "filing", itemId, round: 1, stage: "first", taskToken: `token-${i}` });
      links.push(mails.at(-1)!.text.match(/\/review\/([A-Za-z0-9_-]{43})/)![1]);
    }
  });
  const approve: [string, string][] = [["decision", "approve"], ...FILING_CHECKLISTS.first.map((c): [string, string] => ["checklist", c.id])];
  const decisionCommands: Recorded[] = [];
  const decisions = await timeEach(count, async (i) => {
    decisionCommands.push(
      await recorder.during(async () => {
        const response = await app.request(`http://bench/review/${links[i]}`, form(approve));
        if (response.status !== 200) throw new Error(`decision answered ${response.status}`);
      }),
    );
  });
  if (workflow.starts !== count || workflow.deliveries !== count) throw new Error("every request should have reached the workflow once");

  const twin = `${tableName}-raw`;
  await client.send(new CreateTableCommand(createTableInput(twin)));
  const replay = (recorded: Recorded) => recorder.replay(retarget(recorded, tableName, twin));
  await replay(setUp);
  const rawFilings = await timeEach(count, (i) => replay(filingCommands[i]));
  await replay(opening);
  const rawDecisions = await timeEach(count, (i) => replay(decisionCommands[i]));

  const calls = (recorded: Recorded[]) => (recorded.reduce((n, r) => n + r.length, 0) / recorded.length).toFixed(1);
  return [
    summarize(`POST /api/filings (${calls(filingCommands)} calls)`, filings, rawFilings),
    summarize(`POST /review/:link (${calls(decisionCommands)} calls)`, decisions, rawDecisions),
  ];
}
