import { randomUUID } from "node:crypto";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { chainAudit, createServices, formatFilingNumber, GENESIS_HASH, type Account, type MonitorEntry } from "@beian/core";
import { beianService, createDynamoStores } from "@beian/store-dynamodb";
import { filingInput } from "../test/support/fixtures.js";
import { recordCommands } from "./command-recorder.js";
import { percentile } from "./stats.js";

const DUE = 50;
const RUNS = 6;
const DAY = 86_400_000;

/**
 * The daily update-monitor sweep at two register sizes with the same number of accounts due: its
 * time and DynamoDB calls must follow the due accounts, not the register (it reads the due-day
 * index only). Each run warns the same 50 accounts; they are made due again between runs.
 */
export async function benchMonitor(doc: DynamoDBDocumentClient, tableName: string, sizes: number[]): Promise<string[]> {
  const stores = createDynamoStores({ doc, tableName });
  const db = beianService(doc, tableName);
  const services = createServices({
    stores,
    workflow: { start: async () => {}, sendTaskSuccess: async () => {}, sendTaskFailure: async () => {} },
    mailer: { send: async () => {} },
    clock: { now: () => new Date() },
    config: { baseUrl: "http://bench", approvalLinkTtlHours: 72, loginLinkTtlMinutes: 15, sessionTtlHours: 12, linkSecret: "bench-link-secret" },
    newId: randomUUID,
    log: { info() {}, warn() {}, error() {} },
  });
  await stores.seeding.seedUnit({ unitId: "bench-unit", name: "清河县教育局" });
  await stores.seeding.seedPerson({ personId: "bench-op", name: "王芳", email: "op@bench.cn", unitId: "bench-unit", roles: ["operator"], active: true });
  // Enrollment reads the register down to its mark; the seeded accounts are already enrolled.
  await stores.monitor.putMark("enrolled-up-to", new Date().toISOString());
  const recorder = recordCommands(doc);
  const now = Date.now();
  const today = new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
  const lines = [`update-monitor sweep, ${DUE} accounts due (warned) per run, ${RUNS - 1} runs after a warm-up:`];
  const due: { account: Account; entry: MonitorEntry }[] = [];
  let seeded = 0;

  for (const size of sizes) {
    const entries: MonitorEntry[] = [];
    for (let k = seeded; k < size; k++) {
      const isDue = k < DUE;
      const accountId = randomUUID();
      const lastPublishedAt = new Date(now - (isDue ? 10.2 : (k % 9) + 0.5) * DAY).toISOString();
      const entry: MonitorEntry = { accountId, unitId: "bench-unit", platform: "wechat", accountName: `清河账号${k}`, filingNumber: formatFilingNumber(2026, "wechat", k + 1), lastPublishedAt, lastSource: "system", state: "ok", dueOn: isDue ? today : new Date(Date.parse(lastPublishedAt) + 10 * DAY).toISOString().slice(0, 10), version: 1, updatedAt: lastPublishedAt };
      entries.push(entry);
      if (isDue) {
        const audit = chainAudit({ entityId: accountId, seq: 1, at: lastPublishedAt, actorId: "bench", actorName: "基准", action: "account_imported", details: {} }, GENESIS_HASH);
        const account: Account = { accountId, filingNumber: entry.filingNumber, filingId: `import:${accountId}`, unitId: "bench-unit", platform: "wechat", platformKey: `wechat:gh_${k}`, accountName: entry.accountName, status: "filed", data: filingInput(), filedAt: lastPublishedAt, updatedAt: lastPublishedAt, auditSeq: 1, auditHead: audit.hash };
        await db.entities.account.put(account).go();
        due.push({ account, entry });
      }
    }
    for (let i = 0; i < entries.length; i += 500) await db.entities.monitorEntry.put(entries.slice(i, i + 500)).go({ concurrency: 4 });
    seeded = size;

    const samples: number[] = [];
    let calls = 0;
    for (let run = 0; run < RUNS; run++) {
      await db.entities.monitorEntry.put(due.map((d) => d.entry)).go({ concurrency: 4 });
      let result = { warned: 0 };
      const start = performance.now();
      const recorded = await recorder.during(async () => {
        result = await services.content.monitor.sweep();
      });
      // The first run warms the code paths up; it is not counted.
      if (run > 0) samples.push(performance.now() - start);
      calls = recorded.length;
      if (result.warned !== DUE) throw new Error(`expected ${DUE} warnings, got ${result.warned}`);
    }
    lines.push(`  ${String(size).padStart(6)} accounts: p50 ${percentile(samples, 50).toFixed(0)} ms, max ${Math.max(...samples).toFixed(0)} ms, ${calls} DynamoDB calls per sweep (${(calls / DUE).toFixed(1)} per due account)`);
  }
  return lines;
}
