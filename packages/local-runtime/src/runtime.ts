import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { serve, type ServerType } from "@hono/node-server";
import { startDynamoLocal } from "./dynamodb-local.js";
import { startMailCatcher } from "./mail-catcher.js";
import { seedDemoData } from "./demo-data.js";
import { seedDemoContent } from "./demo-content.js";
import { seedDemoRegister } from "./demo-register.js";
import { buildSystem, type LocalSystem } from "./system.js";
import { ensureWebBuilt, webAssets } from "./web-assets.js";
import { consoleLogger } from "./console-logger.js";
import { localLinkSecret } from "./link-secret.js";
import { clientAddress, nodePeer } from "@beian/http";

export interface RuntimeOptions {
  projectDir: string;
  host: string;
  port: number;
  dynamoPort: number;
  smtpPort: number;
  mailWebPort: number;
  sweepIntervalMs: number;
  /** The update monitor's period (in AWS: once a day on EventBridge). */
  monitorIntervalMs: number;
  /** How often report figures catch up with the table's stream (the Lambda trigger's stand-in). */
  figurePollMs: number;
  /** The inspection's scheduler and sweep period (in AWS: the yearly and daily EventBridge rules). */
  inspectionIntervalMs: number;
}

export function runtimeOptionsFromEnv(projectDir: string): RuntimeOptions {
  const num = (name: string, fallback: number) => {
    const value = Number(process.env[name] ?? fallback);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
    return value;
  };
  return {
    projectDir,
    host: "127.0.0.1",
    port: num("PORT", 3000),
    dynamoPort: num("DYNAMODB_PORT", 8000),
    smtpPort: num("SMTP_PORT", 1025),
    mailWebPort: num("MAILDEV_PORT", 1080),
    sweepIntervalMs: num("SWEEP_INTERVAL_MS", 60_000),
    monitorIntervalMs: num("MONITOR_INTERVAL_MS", 86_400_000),
    figurePollMs: num("FIGURE_POLL_MS", 2_000),
    inspectionIntervalMs: num("INSPECTION_INTERVAL_MS", 3_600_000),
  };
}

/**
 * `npm start`: DynamoDB Local (data under .beian/), the mail catcher, the local Step Functions
 * engine, the API and the page in one process tree, with demo data, resuming waiting reviews.
 */
export async function startLocalRuntime(options: RuntimeOptions) {
  const dataDir = resolve(options.projectDir, ".beian");
  mkdirSync(dataDir, { recursive: true });
  const log = consoleLogger();
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => log.error("stop failed", { error: String(error) }));
  };

  try {
    const dynamo = await startDynamoLocal({ port: options.dynamoPort, dataDir: join(dataDir, "dynamodb"), pidFile: join(dataDir, "dynamodb.pid"), logFile: join(dataDir, "dynamodb.log") });
    stops.push(dynamo.stop);
    const mail = await startMailCatcher({ smtpPort: options.smtpPort, webPort: options.mailWebPort, mailDir: join(dataDir, "mail") });
    stops.push(mail.stop);

    const dist = await ensureWebBuilt(resolve(options.projectDir, "web"));
    const baseUrl = `http://${options.host}:${options.port}`;
    const system: LocalSystem = await buildSystem({
      dynamoEndpoint: dynamo.endpoint,
      tableName: "beian",
      journalTableName: "beian-local-executions",
      smtpPort: mail.smtpPort,
      config: { baseUrl, approvalLinkTtlHours: 72, loginLinkTtlMinutes: 15, sessionTtlHours: 12, linkSecret: localLinkSecret(join(dataDir, "link-secret")) },
      log,
      staticFiles: webAssets(dist),
      clientAddress: clientAddress(nodePeer),
    });
    stops.push(system.stop);
    // A table from before report figures: its stream starts now, so the figures come from its items, once, before any write.
    if (system.streamAdded) log.info("report figures rebuilt from the existing data", { figures: (await system.services.figureRecount.run({ repair: true })).figures });
    await seedDemoData(system.stores, system.services.chains.kinds().map((k) => k.id));
    await seedDemoRegister(system.services);
    await seedDemoContent(system.services);

    const resumed = await system.engine.resumeAll();
    // An opening the previous process was in the middle of continues from its saved cursors.
    await system.inspectionEngine.resumeAll();
    // What a killed process committed but had not yet carried out (start a review, send a mail) runs now.
    const recovered = await system.services.effects.sweep({ reclaim: true });
    const sweep = setInterval(() => {
      system.services.effects
        .sweep()
        .then(() => system.services.reviews.redeliverDecisions())
        .catch((error) => log.error("outbox / re-delivery sweep failed", { error: String(error) }));
    }, options.sweepIntervalMs);
    stops.push(async () => clearInterval(sweep));
    // Reminders, escalation and contract-end warnings: the same core sweep the EventBridge schedule runs in AWS.
    const upkeep = setInterval(() => {
      system.services.reviewSweeps
        .run()
        .then(() => system.services.contracts.sweep())
        .catch((error) => log.error("upkeep sweep failed", { error: String(error) }));
    }, options.sweepIntervalMs);
    stops.push(async () => clearInterval(upkeep));
    // The update monitor (更新监测): the same core sweep the daily EventBridge schedule runs in AWS; once at start too.
    const runMonitor = () => system.services.content.monitor.sweep().catch((error) => log.error("update monitor sweep failed", { error: String(error) }));
    await runMonitor();
    const monitor = setInterval(runMonitor, options.monitorIntervalMs);
    stops.push(async () => clearInterval(monitor));
    const figures = setInterval(() => {
      system.figureStream.poll().catch((error) => log.error("report figures: stream poll failed", { error: String(error) }));
    }, options.figurePollMs);
    stops.push(async () => clearInterval(figures));

    // 年度检查: the yearly trigger (on the configured day; EventBridge in AWS) and the daily sweep (reminders, deadlines, grace periods).
    const runInspection = () =>
      system.services.inspection.campaigns
        .scheduleTick()
        .then(() => system.services.inspection.sweep.run())
        .catch((error) => log.error("inspection schedule / sweep failed", { error: String(error) }));
    await runInspection();
    const inspection = setInterval(runInspection, options.inspectionIntervalMs);
    stops.push(async () => clearInterval(inspection));

    const server: ServerType = await new Promise((ready) => {
      const s = serve({ fetch: system.app.fetch, hostname: options.host, port: options.port }, () => ready(s));
    });
    stops.push(() => new Promise<void>((done) => server.close(() => done())));

    return { baseUrl, mailWebUrl: mail.webUrl, dynamoEndpoint: dynamo.endpoint, resumed, recovered, system, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
