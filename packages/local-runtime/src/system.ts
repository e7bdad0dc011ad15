import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createServices, type AppConfig, type Clock, type Logger, type OpeningStep, type ReviewOutcomeRequest, type OpenStageRequest, type Services, type ServiceOptions } from "@beian/core";
import { createApp, type AppOptions } from "@beian/http";
import { beianService, createDynamoStores, streamDecoder } from "@beian/store-dynamodb";
import { inspectionDefinition, inspectionSubstitutions, LOCAL_PARTITION, reviewDefinition, reviewSubstitutions, substitute } from "@beian/workflow";
import type { MiddlewareHandler } from "hono";
import { consoleLogger } from "./console-logger.js";
import { ensureTable } from "./ensure-table.js";
import { DynamoExecutionJournal, LocalStepFunctions } from "./local-step-functions/index.js";
import { SmtpMailer } from "./smtp-mailer.js";
import { LocalFigureStream, streamsClientFor } from "./figure-stream-poller.js";

export interface SystemOptions {
  dynamoEndpoint: string;
  tableName: string;
  journalTableName: string;
  smtpPort: number;
  config: AppConfig;
  mailFrom?: string;
  clock?: Clock;
  log?: Logger;
  staticFiles?: MiddlewareHandler;
  /** Adjusts the review definition before the local engine runs it (tests shorten timeouts). */
  definition?: (definition: ReturnType<typeof reviewDefinition>) => object;
  /** Who a request comes from (the local server passes the socket's address). */
  clientAddress?: AppOptions["clientAddress"];
  /** More review kinds (a test plugs in its own). */
  kinds?: ServiceOptions["kinds"];
  /** The inspection's schedule and opening page size (tests and the bench change them). */
  inspection?: Pick<ServiceOptions, "inspectionSchedule" | "opening">;
  /** Adjusts the inspection definition before the local engine runs it (tests shorten retries). */
  inspectionDefinition?: (definition: ReturnType<typeof inspectionDefinition>) => object;
}

/** Local function names standing in for the task Lambdas' ARNs. */
export const LOCAL_FUNCTIONS = { openStage: "local:open-stage", outcome: "local:review-outcome", inspectionStep: "local:inspection-step" } as const;

/**
 * The whole application wired to local parts: the same core services and Hono app as in AWS, over
 * DynamoDB Local, real SMTP and the local Step Functions engine running the shared ASL.
 */
export async function buildSystem(options: SystemOptions) {
  const log = options.log ?? consoleLogger();
  const client = new DynamoDBClient({
    endpoint: options.dynamoEndpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  const streamAdded = await ensureTable(client, options.tableName);

  const stores = createDynamoStores({ doc, tableName: options.tableName });
  const mailer = new SmtpMailer({ host: "127.0.0.1", port: options.smtpPort, from: options.mailFrom ?? "政务新媒体备案管理系统 <noreply@beian.local>" });

  // The engine's task handlers call the services, which need the engine: close the loop lazily.
  let services: Services | undefined;
  const baseDefinition = substitute(reviewDefinition(), reviewSubstitutions({ partition: LOCAL_PARTITION, openStageFunction: LOCAL_FUNCTIONS.openStage, outcomeFunction: LOCAL_FUNCTIONS.outcome }));
  const journal = new DynamoExecutionJournal({ doc, client, tableName: options.journalTableName });
  const engine = new LocalStepFunctions({
    definition: options.definition ? options.definition(baseDefinition) : baseDefinition,
    persistence: journal,
    log,
    lambdaHandlers: {
      [LOCAL_FUNCTIONS.openStage]: (payload) => services!.reviews.openStage(payload as OpenStageRequest),
      [LOCAL_FUNCTIONS.outcome]: (payload) => services!.reviews.reportOutcome(payload as ReviewOutcomeRequest),
    },
  });

  // The inspection's own state machine, journaled apart from the review's in the same table.
  const baseInspection = substitute(inspectionDefinition(), inspectionSubstitutions({ partition: LOCAL_PARTITION, stepFunction: LOCAL_FUNCTIONS.inspectionStep }));
  const inspectionEngine = new LocalStepFunctions({
    definition: options.inspectionDefinition ? options.inspectionDefinition(baseInspection) : baseInspection,
    persistence: new DynamoExecutionJournal({ doc, client, tableName: options.journalTableName, namespace: "inspection" }),
    log,
    lambdaHandlers: { [LOCAL_FUNCTIONS.inspectionStep]: (payload) => services!.inspection.opening.run(payload as OpeningStep) },
  });

  services = createServices(
    { stores, mailer, workflow: engine, inspectionWorkflow: inspectionEngine, clock: options.clock ?? { now: () => new Date() }, config: options.config, newId: randomUUID, log },
    { kinds: options.kinds, ...options.inspection },
  );
  const app = createApp(services, { secureCookies: false, staticFiles: options.staticFiles, clientAddress: options.clientAddress });
  // Report figures follow the table's stream, as the stream's Lambda does in AWS; runtime.ts polls it on a timer, tests drain it.
  const streams = streamsClientFor(options.dynamoEndpoint);
  const keeper = services.figureKeeper;
  const figureStream = new LocalFigureStream({ client, streams, tableName: options.tableName, decode: streamDecoder(beianService(doc, options.tableName)), keep: (change) => keeper.keep(change), log });

  return {
    services,
    stores,
    engine,
    inspectionEngine,
    app,
    doc,
    figureStream,
    /** The table predates report figures: they are rebuilt once (runtime.ts) before anything else writes. */
    streamAdded,
    async stop() {
      await Promise.all([engine.stop(), inspectionEngine.stop()]);
      await figureStream.poll().catch(() => 0);
      streams.destroy();
      mailer.close();
      client.destroy();
    },
  };
}

export type LocalSystem = Awaited<ReturnType<typeof buildSystem>>;
