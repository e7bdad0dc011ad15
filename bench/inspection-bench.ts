import { randomUUID } from "node:crypto";
import { CreateTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { BatchWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createServices, freshReport, PLATFORM_IDS, type AnnualReport, type Mail, type OpeningStep } from "@beian/core";
import { createApp } from "@beian/http";
import { DynamoExecutionJournal, LocalStepFunctions } from "../packages/local-runtime/src/local-step-functions/index.js";
import { beianService, createDynamoStores, createTableInput } from "@beian/store-dynamodb";
import { inspectionDefinition, inspectionSubstitutions, LOCAL_PARTITION, MAX_CONCURRENCY, substitute } from "@beian/workflow";
import { recordCommands, type Recorded } from "./command-recorder.js";
import { seed } from "./register-bench.js";
import { percentile, timeEach } from "./stats.js";

const DEPARTMENTS = 10;
const SUB_UNITS = 9;
const STEP = "local:inspection-step";
/** BatchWrite requests the opening keeps in flight: MaxConcurrency segments × the store's batch concurrency. */
const IN_FLIGHT = MAX_CONCURRENCY * 4;

/**
 * 年度检查 opening over a seeded register, through the real ASL on the local engine: reports written
 * per second beside a raw BatchWrite of exactly the same items (same item count, same requests in
 * flight) into a twin table; and the progress page (GET /api/inspection/campaigns/:year) at each
 * size, beside its own DynamoDB commands replayed raw.
 */
export async function benchInspection(client: DynamoDBClient, doc: DynamoDBDocumentClient, tableName: string, sizes: number[], count: number): Promise<string[]> {
  const stores = createDynamoStores({ doc, tableName });
  const db = beianService(doc, tableName);
  const mails: Mail[] = [];
  let services: ReturnType<typeof createServices> | undefined;
  const written: AnnualReport[] = [];
  const phases = { begin: 0, pagesFrom: 0, pagesTo: 0, notifyTo: 0 };
  const putReports = stores.inspection.putReports.bind(stores.inspection);
  stores.inspection.putReports = async (reports) => {
    written.push(...reports);
    await putReports(reports);
  };

  const journalTable = `${tableName}-journal`;
  await client.send(new CreateTableCommand(createTableInput(journalTable)));
  const engine = new LocalStepFunctions({
    definition: substitute(inspectionDefinition(), inspectionSubstitutions({ partition: LOCAL_PARTITION, stepFunction: STEP })),
    persistence: new DynamoExecutionJournal({ doc, tableName: journalTable, namespace: "inspection" }),
    lambdaHandlers: {
      [STEP]: async (step: OpeningStep) => {
        if (step.action === "page" && !phases.pagesFrom) phases.pagesFrom = performance.now();
        if (step.action === "notify" && !phases.pagesTo) phases.pagesTo = performance.now();
        const result = await services!.inspection.opening.run(step);
        if (step.action === "notify" && (result as { done: boolean }).done) phases.notifyTo = performance.now();
        return result;
      },
    },
  });
  services = createServices({
    stores,
    workflow: { start: async () => {}, sendTaskSuccess: async () => {}, sendTaskFailure: async () => {} },
    inspectionWorkflow: engine,
    mailer: { send: async (m) => void mails.push(m) },
    clock: { now: () => new Date() },
    config: { baseUrl: "http://bench", approvalLinkTtlHours: 72, loginLinkTtlMinutes: 15, sessionTtlHours: 12, linkSecret: "bench-link-secret" },
    newId: randomUUID,
    log: { info() {}, warn() {}, error() {} },
  });

  const units = [{ unitId: "bench-county", name: "清河县" } as { unitId: string; name: string; parentId?: string }];
  for (let d = 0; d < DEPARTMENTS; d++) {
    units.push({ unitId: `bench-d${d}`, name: `清河县第${d + 1}部门`, parentId: "bench-county" });
    for (let s = 0; s < SUB_UNITS; s++) units.push({ unitId: `bench-d${d}-s${s}`, name: `第${d + 1}部门下属${s + 1}`, parentId: `bench-d${d}` });
  }
  for (const unit of units) await stores.seeding.seedUnit(unit);
  const admin = { personId: `admin-${randomUUID()}`, name: "周敏", email: `admin-${randomUUID()}@bench.cn`, unitId: "bench-county", roles: ["admin" as const], active: true };
  await stores.seeding.seedPerson(admin);
  await services.auth.requestLoginLink(admin.email);
  const token = mails.at(-1)!.text.match(/token=([A-Za-z0-9_-]+)/)![1];
  const cookie = `beian_session=${(await services.auth.completeLogin(token)).sessionId}`;
  const app = createApp(services);
  const recorder = recordCommands(doc);
  const get = async (path: string) => {
    const response = await app.request(`http://bench${path}`, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };

  /**
   * The raw baseline: the same report items the opening will write (a year apart, so the keys do not
   * collide), BatchWrite straight into the same table just before it, as many requests in flight as
   * the opening can have. Same table size, same item shapes and indexes; nothing else.
   */
  async function rawBatchWrite(year: number): Promise<{ items: number; seconds: number }> {
    const items: Record<string, unknown>[] = [];
    for (const platform of PLATFORM_IDS) {
      let after: string | undefined;
      do {
        const page = await stores.register.listPlatformEntries(platform, 500, after);
        for (const entry of page.entries.filter((e) => e.status !== "cancelled")) items.push(db.entities.annualReport.put(freshReport(year, entry, new Date().toISOString())).params<{ Item: Record<string, unknown> }>().Item);
        after = page.last;
      } while (after);
    }
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        for (let at = next; at < items.length; at = next) {
          next += 25;
          let pending = items.slice(at, at + 25).map((Item) => ({ PutRequest: { Item } }));
          while (pending.length) {
            const result = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
            pending = (result.UnprocessedItems?.[tableName] ?? []) as typeof pending;
          }
        }
      }),
    );
    return { items: items.length, seconds: (performance.now() - started) / 1000 };
  }

  const lines: string[] = [`年度检查 opening through the ASL on the local engine (Map over ${PLATFORM_IDS.length} platform segments, MaxConcurrency ${MAX_CONCURRENCY}, 500 reports a page); raw = BatchWrite of the same report items into the same table just before, ${IN_FLIGHT} requests in flight:`];
  let seeded = 0;
  const year = 2025 - sizes.length + 1;
  for (const [i, size] of sizes.entries()) {
    await seed(db, units.slice(1).map((u) => u.unitId), seeded, size - seeded);
    seeded = size;
    written.length = 0;
    Object.assign(phases, { pagesFrom: 0, pagesTo: 0, notifyTo: 0 });
    const campaignYear = year + i;
    const raw = await rawBatchWrite(campaignYear - 100);
    const started = performance.now();
    await engine.start(`inspection-${campaignYear}`, { year: campaignYear, trigger: "admin" });
    const outcome = await engine.waitForExecution(`inspection-${campaignYear}`);
    if (outcome.status !== "SUCCEEDED") throw new Error(`opening ${campaignYear} ended ${outcome.status}`);
    const total = (performance.now() - started) / 1000;
    const pages = (phases.pagesTo - phases.pagesFrom) / 1000;
    const notify = (phases.notifyTo - phases.pagesTo) / 1000;
    const rate = written.length / pages;
    const rawRate = raw.items / raw.seconds;
    lines.push(
      `  ${size.toLocaleString("en")} accounts (${written.length.toLocaleString("en")} filed or suspended): reports ${pages.toFixed(1)} s = ${Math.round(rate)} reports/s (${Math.round(size / pages)} accounts read/s); raw BatchWrite ${raw.seconds.toFixed(1)} s = ${Math.round(rawRate)} items/s; ratio ${(rate / rawRate).toFixed(2)}× (target ≥ 0.8×). Units told: ${notify.toFixed(1)} s for ${units.length} units; whole execution ${total.toFixed(1)} s`,
    );

    const recorded: Recorded[] = [];
    const handler = await timeEach(count, async () => void recorded.push(await recorder.during(() => get(`/api/inspection/campaigns/${campaignYear}`))));
    const replay = await timeEach(count, (k) => recorder.replay(recorded[k]));
    const calls = recorded.reduce((n, r) => n + r.length, 0) / recorded.length;
    lines.push(
      `  progress page at ${size.toLocaleString("en")} accounts: p50 ${percentile(handler, 50).toFixed(2)} ms, p99 ${percentile(handler, 99).toFixed(2)} ms, ${calls.toFixed(1)} DynamoDB calls; raw p50 ${percentile(replay, 50).toFixed(2)} ms (${count} requests)`,
    );
  }
  await engine.stop();
  return lines;
}
