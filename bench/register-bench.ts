import { randomUUID } from "node:crypto";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { chainAudit, createServices, formatFilingNumber, GENESIS_HASH, normalizePlatformAccountId, PLATFORM_IDS, type Account, type Mail } from "@beian/core";
import { createApp } from "@beian/http";
import { beianService, createDynamoStores, registerEntries, type BeianService } from "@beian/store-dynamodb";
import { filingInput } from "../test/support/fixtures.js";
import { recordCommands, type Recorded } from "./command-recorder.js";
import { summarize, timeEach, type Row } from "./stats.js";

const DEPARTMENTS = 10;
const SUB_UNITS = 9;
const STATUSES = ["filed", "filed", "filed", "suspended", "cancelled"] as const;

/**
 * Register search and the account page, measured at two register sizes in the same table: the page
 * cost must not grow with the register (each query reads one bounded key range per partition).
 */
export async function benchRegister(doc: DynamoDBDocumentClient, tableName: string, count: number, sizes: number[]): Promise<Row[]> {
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

  const units = [{ unitId: "bench-county", name: "清河县" }];
  for (let d = 0; d < DEPARTMENTS; d++) {
    units.push({ unitId: `bench-d${d}`, name: `清河县第${d + 1}部门`, parentId: "bench-county" } as (typeof units)[number]);
    for (let s = 0; s < SUB_UNITS; s++) units.push({ unitId: `bench-d${d}-s${s}`, name: `第${d + 1}部门下属${s + 1}`, parentId: `bench-d${d}` } as (typeof units)[number]);
  }
  for (const unit of units) await stores.seeding.seedUnit(unit);
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

  const rows: Row[] = [];
  let seeded = 0;
  const seededIds: string[] = [];
  for (const size of sizes) {
    const started = performance.now();
    seededIds.push(...(await seed(db, units.slice(1).map((u) => u.unitId), seeded, size - seeded)));
    console.log(`  seeded ${size - seeded} accounts (BatchWrite) in ${((performance.now() - started) / 1000).toFixed(1)} s; register now ${size}`);
    seeded = size;
    const cases: [string, (i: number) => string][] = [
      ["register, no filter", () => "/api/register?limit=20"],
      ["register platform+status", (i) => `/api/register?limit=20&platform=${PLATFORM_IDS[i % 5]}&status=filed`],
      ["register unit+sub-units (10)", (i) => `/api/register?limit=20&unitId=bench-d${i % DEPARTMENTS}`],
      ["register text prefix", (i) => `/api/register?limit=20&q=${encodeURIComponent(`清河账号${i % 97}`)}`],
      ["account page", (i) => `/api/register/accounts/${seededIds[(i * 7919) % seededIds.length]}`],
    ];
    for (const [name, path] of cases) {
      const recorded: Recorded[] = [];
      const handler = await timeEach(count, async (i) => void recorded.push(await recorder.during(() => get(path(i)))));
      const raw = await timeEach(count, (i) => recorder.replay(recorded[i]));
      const calls = recorded.reduce((n, r) => n + r.length, 0) / recorded.length;
      rows.push(summarize(`${name} @${size / 1000}k (${calls.toFixed(1)} calls)`, handler, raw));
    }
  }
  return rows;
}

/** Accounts, their first audit record and their index entries, written with BatchWrite (ElectroDB batches of 25). */
export async function seed(db: BeianService, unitIds: string[], from: number, n: number): Promise<string[]> {
  const e = db.entities;
  const ids: string[] = [];
  const CHUNK = 500;
  for (let start = 0; start < n; start += CHUNK) {
    const accounts: Account[] = [];
    const audits = [];
    for (let i = start; i < Math.min(n, start + CHUNK); i++) {
      const k = from + i;
      const data = { ...filingInput({ platform: PLATFORM_IDS[k % PLATFORM_IDS.length] }), accountName: `清河账号${k % 97}号${k}` };
      const accountId = randomUUID();
      const filedAt = new Date(Date.UTC(2020, 0, 1) + k * 60_000).toISOString();
      const audit = chainAudit({ entityId: accountId, seq: 1, at: filedAt, actorId: "bench", actorName: "基准", action: "account_imported", details: {} }, GENESIS_HASH);
      const status = STATUSES[k % STATUSES.length];
      accounts.push({
        accountId,
        filingNumber: formatFilingNumber(2020, data.platform, k + 1),
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
        auditHead: audit.hash,
      });
      audits.push(audit);
      ids.push(accountId);
    }
    const entries = accounts.flatMap((a) => registerEntries(a).puts);
    await Promise.all([
      e.account.put(accounts).go({ concurrency: 4 }),
      e.audit.put(audits).go({ concurrency: 2 }),
      e.registerEntry.put(entries).go({ concurrency: 8 }),
    ]);
  }
  return ids;
}
