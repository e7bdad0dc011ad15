import { randomUUID } from "node:crypto";
import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createServices, FILING_CHECKLISTS, type Mail, type ReviewWorkflow } from "@beian/core";
import { createApp } from "@beian/http";
import { DynamoStore } from "@beian/store-dynamodb";
import { filingInput, firstChange, newFiling } from "../test/support/fixtures.js";
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
}

const form = (fields: [string, string][]) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

/**
 * POST /api/filings and POST /review/:link through the in-process Hono app on DynamoDB Local,
 * beside the same DynamoDB calls made raw (same operations, same item shapes, no app around them).
 */
export async function benchReviewPaths(doc: DynamoDBDocumentClient, tableName: string, count: number): Promise<Row[]> {
  const store = new DynamoStore({ doc, tableName });
  const mails: Mail[] = [];
  const workflow = new CountingWorkflow();
  const services = createServices({
    store,
    workflow,
    mailer: { send: async (m) => void mails.push(m) },
    clock: { now: () => new Date() },
    config: { baseUrl: "http://bench", approvalLinkTtlHours: 72, loginLinkTtlMinutes: 15, sessionTtlHours: 12 },
    newId: randomUUID,
    log: { info() {}, warn() {}, error() {} },
  });
  const app = createApp(services);

  // One operator per unit, so every filing passes the one-account-per-platform rule by its query.
  const cookies: string[] = [];
  const operators: { personId: string; unitId: string }[] = [];
  for (let i = 0; i < count; i++) {
    const unitId = `unit-${randomUUID()}`;
    await store.putUnit({ unitId, name: `清河县第${i + 1}单位` });
    const operator = { personId: `op-${randomUUID()}`, name: "王芳", email: `op-${randomUUID()}@bench.cn`, unitId, roles: ["operator" as const], active: true };
    await store.putPerson(operator);
    await services.auth.requestLoginLink(operator.email);
    const token = mails.at(-1)!.text.match(/token=([A-Za-z0-9_-]+)/)![1];
    cookies.push(`beian_session=${(await services.auth.completeLogin(token)).sessionId}`);
    operators.push(operator);
  }
  const reviewer = { personId: `rv-${randomUUID()}`, name: "赵磊", email: "rv@bench.cn", unitId: "unit-registry", roles: ["reviewer" as const], active: true };
  await store.putPerson(reviewer);
  await store.putStageReviewer("first", reviewer.personId);

  // POST /api/filings: session, person, the unit's filings on the platform, one transaction.
  const bodies = Array.from({ length: count }, () => JSON.stringify(filingInput()));
  const filingIds: string[] = [];
  const handler = await timeEach(count, async (i) => {
    const response = await app.request("http://bench/api/filings", { method: "POST", headers: { "content-type": "application/json", cookie: cookies[i] }, body: bodies[i] });
    if (response.status !== 201) throw new Error(`filing answered ${response.status}: ${await response.text()}`);
    filingIds.push(((await response.json()) as { filing: { filingId: string } }).filing.filingId);
  });
  const db = store.db.entities;
  const sessionGet = db.session.get({ sessionHash: "x" }).params();
  const raw = await timeEach(count, async (i) => {
    await doc.send(new GetCommand(sessionGet as never));
    await doc.send(new GetCommand(db.person.get({ personId: operators[i].personId }).params() as never));
    await doc.send(new QueryCommand(db.filing.query.byUnitPlatform({ unitId: `raw-${randomUUID()}`, platform: "wechat" }).params() as never));
    const change = firstChange(newFiling());
    await doc.send(new TransactWriteCommand(store.db.transaction.write(({ filing, audit, claim }) => [
      filing.create(change.filing).commit(),
      audit.create(change.audit).commit(),
      claim.create({ platformKey: change.filing.platformKey, filingId: change.filing.filingId }).commit(),
    ]).params() as never));
  });
  const rows = [summarize("POST /api/filings", handler, raw)];

  // Open 初审 for every filing (the workflow's task), collecting the emailed link ids.
  const links: string[] = [];
  for (const [i, itemId] of filingIds.entries()) {
    await services.reviews.openStage({ itemId, round: 1, stage: "first", taskToken: `token-${i}` });
    links.push(mails.at(-1)!.text.match(/\/review\/([A-Za-z0-9_-]{43})/)![1]);
  }
  const approve: [string, string][] = [["decision", "approve"], ...FILING_CHECKLISTS.first.map((c): [string, string] => ["checklist", c.id])];
  const decide = await timeEach(count, async (i) => {
    const response = await app.request(`http://bench/review/${links[i]}`, form(approve));
    if (response.status !== 200) throw new Error(`decision answered ${response.status}`);
  });
  // The decision: link look-up, filing, the item's tasks, one transaction, the delivery mark.
  const linkQuery = db.task.query.byLink({ linkHash: "x" }).params();
  const filingGet = db.filing.get({ filingId: filingIds[0] }).params();
  const tasksQuery = db.task.query.byItem({ itemId: filingIds[0] }).params();
  const rawDecide = await timeEach(count, async (i) => {
    await doc.send(new QueryCommand(linkQuery as never));
    await doc.send(new GetCommand(filingGet as never));
    await doc.send(new QueryCommand(tasksQuery as never));
    const change = firstChange(newFiling());
    await doc.send(new TransactWriteCommand(store.db.transaction.write(({ filing, audit, task }) => [
      filing.create(change.filing).commit(),
      audit.create(change.audit).commit(),
      task.create({ ...pendingShape(change.filing.filingId, i), deliveryState: "undelivered" }).commit(),
    ]).params() as never));
    await doc.send(new UpdateCommand(db.task.patch({ itemId: change.filing.filingId, round: 1, stage: "first" }).set({ delivered: true }).params() as never));
  });
  rows.push(summarize("POST /review/:link (decision)", decide, rawDecide));
  if (workflow.starts !== count || workflow.deliveries !== count) throw new Error("every request should have reached the workflow once");
  return rows;
}

function pendingShape(itemId: string, i: number) {
  return {
    itemId,
    round: 1,
    stage: "first" as const,
    status: "decided" as const,
    reviewerId: "rv",
    reviewerName: "赵磊",
    reviewerEmail: "rv@bench.cn",
    taskToken: `raw-${i}`,
    linkHash: randomUUID(),
    linkExpiresAt: new Date().toISOString(),
    createdAt: new Date().toISOString(),
  };
}
