import { randomUUID } from "node:crypto";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createServices, formatFilingNumber, normalizePlatformAccountId, PLATFORM_IDS, type Account, type Mail, type MonitorEntry, type MonitorEvent, type Publication } from "@beian/core";
import { createApp } from "@beian/http";
import { beianService, createDynamoStores, type BeianService } from "@beian/store-dynamodb";
import { filingInput } from "../test/support/fixtures.js";
import { recordCommands, type Recorded } from "./command-recorder.js";
import { percentile, summarize, timeEach, type Row } from "./stats.js";

const DEPARTMENTS = 10;
const SUB_UNITS = 9;
const STATUSES = ["filed", "filed", "filed", "suspended", "cancelled"] as const;

/**
 * The 工作台's and the reports' requests at two register sizes in one table. Figures are rebuilt by
 * the recount after each seeding (the same numbers the stream consumer keeps, as the recount test
 * proves); a request reads figure partitions (per set × month) and the unit tree, never accounts,
 * so its cost must not grow with the register.
 */
export async function benchReports(doc: DynamoDBDocumentClient, tableName: string, count: number, sizes: number[]): Promise<{ rows: Row[]; growth: string[] }> {
  const stores = createDynamoStores({ doc, tableName });
  const db = beianService(doc, tableName);
  const mails: Mail[] = [];
  const services = createServices({
    stores,
    workflow: { start: async () => {}, sendTaskSuccess: async () => {}, sendTaskFailure: async () => {} },
    mailer: { send: async (m) => void mails.push(m) },
    clock: { now: () => new Date() },
    config: { baseUrl: "http://bench", approvalLinkTtlHours: 72, loginLinkTtlMinutes: 15, sessionTtlHours: 12, linkSecret: "bench-link-secret" },
    newId: randomUUID,
    log: { info() {}, warn() {}, error() {} },
  });
  const app = createApp(services);
  const recorder = recordCommands(doc);
  // Counts the figure cells a request reads: bounded by units × months × keys, never by accounts.
  let cellsRead = 0;
  const read = stores.figures.read.bind(stores.figures);
  stores.figures.read = async (...args) => {
    const cells = await read(...args);
    cellsRead += cells.length;
    return cells;
  };

  const unitIds: string[] = [];
  await stores.seeding.seedUnit({ unitId: "bench-county", name: "清河县" });
  for (let d = 0; d < DEPARTMENTS; d++) {
    await stores.seeding.seedUnit({ unitId: `bench-d${d}`, name: `清河县第${d + 1}部门`, parentId: "bench-county" });
    unitIds.push(`bench-d${d}`);
    for (let s = 0; s < SUB_UNITS; s++) {
      await stores.seeding.seedUnit({ unitId: `bench-d${d}-s${s}`, name: `第${d + 1}部门下属${s + 1}`, parentId: `bench-d${d}` });
      unitIds.push(`bench-d${d}-s${s}`);
    }
  }
  const admin = { personId: `admin-${randomUUID()}`, name: "周敏", email: `admin-${randomUUID()}@bench.cn`, unitId: "bench-county", roles: ["admin" as const], active: true };
  await stores.seeding.seedPerson(admin);
  await services.auth.requestLoginLink(admin.email);
  const token = mails.at(-1)!.text.match(/token=([A-Za-z0-9_-]+)/)![1];
  const cookie = `beian_session=${(await services.auth.completeLogin(token)).sessionId}`;
  const get = async (path: string) => {
    const response = await app.request(`http://bench${path}`, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };

  const cases: [string, (i: number) => string][] = [
    ["工作台 (dashboard)", () => "/api/reports/dashboard"],
    ["register report, 12 months", () => "/api/reports/register"],
    ["reviews report, 12 months", () => "/api/reports/reviews"],
    ["rankings, one department + subs", (i) => `/api/reports/rankings?unitId=bench-d${i % DEPARTMENTS}`],
    ["update compliance report, 12 months", () => "/api/reports/updates"],
    ["publications report, 12 months", () => "/api/reports/publications"],
  ];
  const only = process.env.BENCH_REPORT_CASES?.split(",");
  const rows: Row[] = [];
  const p50s = new Map<string, number[]>();
  let seeded = 0;
  for (const size of sizes) {
    const started = performance.now();
    await seed(db, unitIds, seeded, size - seeded);
    const recount = await services.figureRecount.run({ repair: true });
    console.log(`  seeded ${size - seeded} accounts and rebuilt ${recount.figures} figures in ${((performance.now() - started) / 1000).toFixed(1)} s; register now ${size}`);
    seeded = size;
    for (const [name, path] of cases.filter(([name]) => !only || only.some((o) => name.startsWith(o)))) {
      cellsRead = 0;
      await get(path(0));
      const cells = cellsRead;
      const recorded: Recorded[] = [];
      const handler = await timeEach(count, async (i) => void recorded.push(await recorder.during(() => get(path(i)))));
      const raw = await timeEach(count, (i) => recorder.replay(recorded[i]));
      const calls = recorded.reduce((n, r) => n + r.length, 0) / recorded.length;
      rows.push(summarize(`${name} @${size / 1000}k (${calls.toFixed(0)} calls)`, handler, raw));
      console.log(`  measured ${name} at ${size}: p50 ${percentile(handler, 50).toFixed(2)} ms, raw ${percentile(raw, 50).toFixed(2)} ms, ${cells} figure cells read`);
      p50s.set(name, [...(p50s.get(name) ?? []), percentile(handler, 50)]);
    }
  }
  const growth = [...p50s].map(([name, [small, large]]) => `${name}: p50 ${small.toFixed(2)} → ${large.toFixed(2)} ms (${(large / small).toFixed(2)}×)`);
  return { rows, growth };
}

/**
 * The figures' sources, written with BatchWrite: accounts filed over the last twelve months; for
 * each account in the register (filed or suspended) its update-monitor entry (about 5% warned and
 * 3% in violation, the rest updated within ten days), the warnings and violations recorded for
 * those, and two publications (原创, 转载 or 非系统发布).
 */
async function seed(db: BeianService, unitIds: string[], from: number, n: number): Promise<void> {
  const CHUNK = 500;
  const now = Date.now();
  for (let start = 0; start < n; start += CHUNK) {
    const accounts: Account[] = [];
    const entries: MonitorEntry[] = [];
    const events: MonitorEvent[] = [];
    const publications: Publication[] = [];
    for (let i = start; i < Math.min(n, start + CHUNK); i++) {
      const k = from + i;
      const data = { ...filingInput({ platform: PLATFORM_IDS[k % PLATFORM_IDS.length] }), accountName: `清河账号${k}` };
      const filedAt = new Date(now - ((k * 7) % 360) * 86_400_000 - 3_600_000).toISOString();
      const status = STATUSES[k % STATUSES.length];
      const accountId = randomUUID();
      accounts.push({
        accountId,
        filingNumber: formatFilingNumber(2026, data.platform, k + 1),
        filingId: `import:${accountId}`,
        unitId: unitIds[k % unitIds.length],
        platform: data.platform,
        platformKey: `${data.platform}:${normalizePlatformAccountId(data.platformAccountId)}`,
        accountName: data.accountName,
        status,
        data,
        filedAt,
        updatedAt: filedAt,
        ...(status === "cancelled" ? { cancelledAt: filedAt, statusReason: "基准" } : {}),
        auditSeq: 1,
        auditHead: "0".repeat(64),
      });
      if (status !== "cancelled") watch(accounts.at(-1)!, k, now, entries, events, publications);
    }
    await db.entities.account.put(accounts).go({ concurrency: 4 });
    await db.entities.monitorEntry.put(entries).go({ concurrency: 4 });
    if (events.length) await db.entities.monitorEvent.put(events).go({ concurrency: 4 });
    await db.entities.publication.put(publications).go({ concurrency: 4 });
  }
}

const KINDS = [{ source: "system", contentType: "original" }, { source: "system", contentType: "repost" }, { source: "manual" }] as const;

/** One account's monitor entry, its recorded warnings and violations, and two publications. */
function watch(account: Account, k: number, now: number, entries: MonitorEntry[], events: MonitorEvent[], publications: Publication[]) {
  const days = k % 33 === 0 ? 14 + (k % 60) : k % 20 === 0 ? 10 + (k % 4) : (k * 7) % 10;
  const last = now - days * 86_400_000;
  const lastPublishedAt = new Date(last).toISOString();
  const state = days >= 14 ? "violated" : days >= 10 ? "warned" : "ok";
  const base = { accountId: account.accountId, unitId: account.unitId, platform: account.platform };
  entries.push({ ...base, accountName: account.accountName, filingNumber: account.filingNumber, lastPublishedAt, lastSource: "system", state, dueOn: "9999-12-31", version: 1, updatedAt: lastPublishedAt });
  const event = (kind: MonitorEvent["kind"], after: number) => events.push({ ...base, kind, at: new Date(last + after * 86_400_000).toISOString(), days: after, lastPublishedAt });
  if (state !== "ok") event("warned", 10);
  if (state === "violated") event("violated", 14);
  for (const [i, at] of [last, last - 30 * 86_400_000].entries()) {
    const kind = KINDS[(k + i) % KINDS.length];
    const publishedAt = new Date(at).toISOString();
    publications.push({ ...base, publicationId: `bench-${account.accountId}-${i}`, ...kind, ...(kind.source === "system" ? { draftId: `bench-draft-${k}` } : {}), title: "基准稿件", publishedAt, recordedBy: "bench", recordedByName: "基准", recordedAt: publishedAt });
  }
}
