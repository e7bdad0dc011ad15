import { randomUUID } from "node:crypto";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createServices, formatFilingNumber, normalizePlatformAccountId, PLATFORM_IDS, type Account, type Mail } from "@beian/core";
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
  ];
  const rows: Row[] = [];
  const p50s = new Map<string, number[]>();
  let seeded = 0;
  for (const size of sizes) {
    const started = performance.now();
    await seed(db, unitIds, seeded, size - seeded);
    const recount = await services.figureRecount.run({ repair: true });
    console.log(`  seeded ${size - seeded} accounts and rebuilt ${recount.figures} figures in ${((performance.now() - started) / 1000).toFixed(1)} s; register now ${size}`);
    seeded = size;
    for (const [name, path] of cases) {
      const recorded: Recorded[] = [];
      const handler = await timeEach(count, async (i) => void recorded.push(await recorder.during(() => get(path(i)))));
      const raw = await timeEach(count, (i) => recorder.replay(recorded[i]));
      const calls = recorded.reduce((n, r) => n + r.length, 0) / recorded.length;
      rows.push(summarize(`${name} @${size / 1000}k (${calls.toFixed(0)} calls)`, handler, raw));
      console.log(`  measured ${name} at ${size}: p50 ${percentile(handler, 50).toFixed(2)} ms, raw ${percentile(raw, 50).toFixed(2)} ms`);
      p50s.set(name, [...(p50s.get(name) ?? []), percentile(handler, 50)]);
    }
  }
  const growth = [...p50s].map(([name, [small, large]]) => `${name}: p50 ${small.toFixed(2)} → ${large.toFixed(2)} ms (${(large / small).toFixed(2)}×)`);
  return { rows, growth };
}

/** Accounts only (the figures' source), filed over the last twelve months, written with BatchWrite. */
async function seed(db: BeianService, unitIds: string[], from: number, n: number): Promise<void> {
  const CHUNK = 500;
  const now = Date.now();
  for (let start = 0; start < n; start += CHUNK) {
    const accounts: Account[] = [];
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
    }
    await db.entities.account.put(accounts).go({ concurrency: 4 });
  }
}
