import { execFileSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { MailTransport } from "@beian/aws-adapters";
import { buildLambda, lambdaEntries, type BuiltLambda } from "./lambda-bundles.js";
import { percentile } from "./stats.js";

/**
 * Cold module-init time of each Lambda as deployed: the built bundle is written under .bench/ (inside
 * the project, so `@aws-sdk/*` resolves from node_modules the way Lambda's runtime provides it) and
 * imported by a fresh Node process, which reports how long the import took. Beside it, the floor:
 * a module that only imports and constructs the AWS SDK clients the bundle imports at load time.
 * Node's own start-up is outside both figures.
 */

const root = fileURLToPath(new URL("..", import.meta.url));
const benchDir = join(root, ".bench", "lambdas");

/** What Lambda would set and what readEnvConfig needs at import; no AWS call is made at import. */
const BASE_ENV = {
  AWS_REGION: "ap-southeast-1",
  AWS_LAMBDA_FUNCTION_NAME: "bench",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  NODE_ENV: "production",
  TABLE_NAME: "bench-table",
  MAIL_FROM: "政务新媒体备案管理系统 <noreply@beian.example.gov.cn>",
  BASE_URL: "https://beian.example.gov.cn",
  REVIEW_STATE_MACHINE_ARN: "arn:aws:states:ap-southeast-1:123456789012:stateMachine:bench-review",
  LINK_SECRET_ARN: "arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:beian/link-secret",
};
const TRANSPORT_ENV: Record<MailTransport, Record<string, string>> = {
  ses: { MAIL_TRANSPORT: "ses" },
  smtp: { MAIL_TRANSPORT: "smtp", SMTP_HOST: "smtp.example.gov.cn", SMTP_SECRET_ARN: "arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:beian/smtp-AbC123" },
};

/** Targets from the design (issue 7), printed beside the figures; nothing asserts them. */
export const TARGETS: Record<string, { kb?: number; ratio?: number }> = {
  api: { kb: 400 },
  "open-stage": { kb: 150, ratio: 1.5 },
  "review-outcome": { kb: 150, ratio: 1.5 },
  "outbox-sweep": { kb: 150, ratio: 1.5 },
  "review-sweeps": { kb: 150, ratio: 1.5 },
};

export interface ColdStart {
  name: string;
  kb: number;
  /** The same function built for an SMTP deployment (nodemailer bundled). */
  smtpKb: number;
  initMs: number;
  smtpInitMs: number;
  floorMs: number;
  /** The SDK packages the bundle imports at load time, which the floor constructs. */
  floorClients: string[];
}

/** How the floor constructs what each SDK package offers; anything else is imported only. */
const CONSTRUCT: Record<string, string> = {
  "@aws-sdk/client-dynamodb": "new m.DynamoDBClient({})",
  "@aws-sdk/lib-dynamodb": 'm.DynamoDBDocumentClient.from(new (await import("@aws-sdk/client-dynamodb")).DynamoDBClient({}))',
  "@aws-sdk/client-sfn": "new m.SFNClient({})",
  "@aws-sdk/client-sesv2": "new m.SESv2Client({})",
  "@aws-sdk/client-secrets-manager": "new m.SecretsManagerClient({})",
};

function floorModule(packages: string[]): string {
  return packages.map((name) => `{ const m = await import(${JSON.stringify(name)}); ${CONSTRUCT[name] ?? ""}; }`).join("\n") + "\nexport {};\n";
}

/** One fresh Node process importing `file`; returns the import's duration in ms. */
function importOnce(file: string, env: Record<string, string>): number {
  const script = `const t0 = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t0));`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, env: { PATH: process.env.PATH ?? "", ...env }, encoding: "utf8" });
  return Number(out);
}

async function writeBundle(lambda: BuiltLambda, transport: MailTransport): Promise<string> {
  const dir = join(benchDir, transport, lambda.name);
  await mkdir(dir, { recursive: true });
  const file = join(dir, "index.mjs");
  await writeFile(file, lambda.code);
  return file;
}

export async function measureColdStarts(runs = Number(process.env.BENCH_INIT_RUNS ?? 10)): Promise<ColdStart[]> {
  await rm(benchDir, { recursive: true, force: true });
  const rows: ColdStart[] = [];
  for (const entry of await lambdaEntries()) {
    const ses = await buildLambda(entry, "ses");
    const smtp = await buildLambda(entry, "smtp");
    const sdk = ses.staticExternals.filter((name) => name.startsWith("@aws-sdk/"));
    const floorFile = join(benchDir, "floor", ses.name, "index.mjs");
    await mkdir(join(floorFile, ".."), { recursive: true });
    await writeFile(floorFile, floorModule(sdk));
    const files = { floor: floorFile, ses: await writeBundle(ses, "ses"), smtp: await writeBundle(smtp, "smtp") };
    // Interleaved, so a busy moment on a shared machine weighs on the bundle and its floor alike.
    const samples = { floor: [] as number[], ses: [] as number[], smtp: [] as number[] };
    for (let i = 0; i < runs; i++) {
      samples.floor.push(importOnce(files.floor, BASE_ENV));
      samples.ses.push(importOnce(files.ses, { ...BASE_ENV, ...TRANSPORT_ENV.ses }));
      samples.smtp.push(importOnce(files.smtp, { ...BASE_ENV, ...TRANSPORT_ENV.smtp }));
    }
    rows.push({
      name: ses.name,
      kb: ses.bytes / 1024,
      smtpKb: smtp.bytes / 1024,
      initMs: percentile(samples.ses, 50),
      smtpInitMs: percentile(samples.smtp, 50),
      floorMs: percentile(samples.floor, 50),
      floorClients: sdk.map((name) => name.replace("@aws-sdk/", "")),
    });
  }
  return rows;
}

export function printColdStarts(rows: ColdStart[], runs = Number(process.env.BENCH_INIT_RUNS ?? 10)): void {
  console.log(`\nLambda cold module init: the built bundle (esbuild, minified, ESM) imported by a fresh Node ${process.version} process, median of ${runs};`);
  console.log("@aws-sdk/* from node_modules as the Lambda runtime provides it. SDK floor = importing and constructing only the clients the bundle");
  console.log("loads at import. KB and init with SES; \"smtp\" = the same function built for an SMTP deployment (nodemailer bundled, loaded on first send).");
  console.log(`Runs interleaved (floor, ses, smtp); load average at the end: ${loadavg().map((n) => n.toFixed(2)).join(" ")} on ${cpus().length} cores.`);
  const header = ["function", "KB", "init ms", "SDK floor ms", "ratio", "KB smtp", "init smtp", "floor clients", "target"];
  const widths = [22, 9, 9, 13, 7, 9, 10, 40, 0];
  console.log(header.map((h, i) => (i === 0 || i >= 7 ? h.padEnd(widths[i]) : h.padStart(widths[i]))).join(" "));
  for (const row of rows) {
    const ratio = row.floorClients.length ? row.initMs / row.floorMs : NaN;
    const cells = [
      row.name.padEnd(widths[0]),
      row.kb.toFixed(1).padStart(widths[1]),
      row.initMs.toFixed(1).padStart(widths[2]),
      (row.floorClients.length ? row.floorMs.toFixed(1) : "–").padStart(widths[3]),
      (Number.isNaN(ratio) ? "–" : `${ratio.toFixed(2)}×`).padStart(widths[4]),
      row.smtpKb.toFixed(1).padStart(widths[5]),
      row.smtpInitMs.toFixed(1).padStart(widths[6]),
      (row.floorClients.join(", ") || "none").padEnd(widths[7]),
      targetText(row, ratio),
    ];
    console.log(cells.join(" "));
  }
}

function targetText(row: ColdStart, ratio: number): string {
  const target = TARGETS[row.name];
  if (!target) return "–";
  const parts: string[] = [];
  if (target.kb) parts.push(`≤ ${target.kb} KB ${row.kb <= target.kb ? "ok" : "over"}`);
  if (target.ratio) parts.push(`≤ ${target.ratio}× floor ${ratio <= target.ratio ? "ok" : "over"}`);
  return parts.join("; ");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  printColdStarts(await measureColdStarts());
}
