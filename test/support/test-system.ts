import { randomUUID } from "node:crypto";
import { DEFAULT_CHAIN_SCOPE, type Person, type Stage, type Stores } from "@beian/core";
import { buildSystem, consoleLoggerForTests, MailReader, type LocalSystem, type SystemOptions } from "./runtime-imports.js";
import { inject } from "vitest";

export const TEST_BASE_URL = "http://beian.test";

export interface TestDirectory {
  unitId: string;
  otherUnitId: string;
  operator: Person;
  otherOperator: Person;
  admin: Person;
  reviewers: Record<Stage, Person>;
  /** A second reviewer on every stage, for separation-of-duties cases. */
  backups: Record<Stage, Person>;
}

/** A directory with unique emails, so tests sharing the mail catcher never read each other's mail. */
async function seedDirectory(system: LocalSystem): Promise<TestDirectory> {
  const tag = randomUUID().slice(0, 8);
  const person = (key: string, name: string, unitId: string, roles: Person["roles"]): Person => ({
    personId: `${key}-${tag}`,
    name,
    email: `${key}-${tag}@test.gov.cn`,
    unitId,
    roles,
    active: true,
  });
  const unitId = `unit-${tag}`;
  const otherUnitId = `unit-other-${tag}`;
  const registryId = `unit-registry-${tag}`;
  await system.stores.seeding.seedUnit({ unitId: registryId, name: "县委网信办" });
  await system.stores.seeding.seedUnit({ unitId, name: "清河县教育局", parentId: registryId });
  await system.stores.seeding.seedUnit({ unitId: otherUnitId, name: "清河县文化和旅游局", parentId: registryId });
  const dir: TestDirectory = {
    unitId,
    otherUnitId,
    operator: person("operator", "王芳", unitId, ["operator"]),
    otherOperator: person("other-operator", "陈刚", otherUnitId, ["operator"]),
    admin: person("admin", "周敏", registryId, ["admin"]),
    reviewers: {
      first: person("first", "赵磊", registryId, ["reviewer"]),
      second: person("second", "孙丽", registryId, ["reviewer"]),
      final: person("final", "钱伟", registryId, ["reviewer"]),
    },
    backups: {
      first: person("z-first-backup", "吴初", registryId, ["reviewer"]),
      second: person("z-second-backup", "郑复", registryId, ["reviewer"]),
      final: person("z-final-backup", "冯终", registryId, ["reviewer"]),
    },
  };
  for (const p of [dir.operator, dir.otherOperator, dir.admin, ...Object.values(dir.reviewers), ...Object.values(dir.backups)]) {
    await system.stores.seeding.seedPerson(p);
  }
  const stages = Object.fromEntries((["first", "second", "final"] as const).map((s) => [s, [dir.reviewers[s].personId, dir.backups[s].personId]]));
  for (const kind of system.services.chains.kinds().map((k) => k.id)) await seedDefaultChain(system.stores, kind, stages);
  return dir;
}

/** The default chain of a kind, written directly (fixtures, unaudited). */
export async function seedDefaultChain(stores: Pick<Stores, "chains">, kind: string, stages: Partial<Record<Stage, string[]>>) {
  await stores.chains.seedChain({ kind, scope: DEFAULT_CHAIN_SCOPE, stages, updatedAt: new Date().toISOString(), updatedBy: "test" });
}

/** Adds a reviewer to a stage of a kind's default chain (fixtures). */
export async function addStageReviewer(stores: Pick<Stores, "chains">, stage: Stage, personId: string, kind = "filing") {
  const base = (await stores.chains.listChains(kind)).find((c) => c.scope === DEFAULT_CHAIN_SCOPE);
  const ids = base?.stages[stage] ?? [];
  if (!ids.includes(personId)) await seedDefaultChain(stores, kind, { ...base?.stages, [stage]: [...ids, personId] });
}

export interface TestSystemOptions {
  tableName?: string;
  journalTableName?: string;
  clock?: SystemOptions["clock"];
  definition?: SystemOptions["definition"];
  directory?: TestDirectory;
  /** Public URL put into emailed links (a real server's URL in browser tests). */
  baseUrl?: string;
  staticFiles?: SystemOptions["staticFiles"];
  kinds?: SystemOptions["kinds"];
  clientAddress?: SystemOptions["clientAddress"];
  /** The approval-link secret: a restarted system given the same one mints the same links. */
  linkSecret?: string;
  /** A test that signs one person in many times raises the per-address quota; the throttle's own test keeps the default. */
  loginLinksPerWindow?: number;
  inspection?: SystemOptions["inspection"];
  inspectionDefinition?: SystemOptions["inspectionDefinition"];
}

/** The local system on the run's DynamoDB Local and mail catcher, in fresh tables. */
export async function startTestSystem(options: TestSystemOptions = {}) {
  const tableName = options.tableName ?? `flow-${randomUUID()}`;
  const journalTableName = options.journalTableName ?? `exec-${randomUUID()}`;
  const system = await buildSystem({
    dynamoEndpoint: inject("dynamoEndpoint"),
    tableName,
    journalTableName,
    smtpPort: inject("smtpPort"),
    staticFiles: options.staticFiles,
    config: { baseUrl: options.baseUrl ?? TEST_BASE_URL, approvalLinkTtlHours: 72, loginLinkTtlMinutes: 15, sessionTtlHours: 12, linkSecret: options.linkSecret ?? `test-secret-${tableName}`, loginLinksPerWindow: options.loginLinksPerWindow ?? 50 },
    log: consoleLoggerForTests(),
    clock: options.clock,
    definition: options.definition,
    kinds: options.kinds,
    clientAddress: options.clientAddress,
    inspection: options.inspection,
    inspectionDefinition: options.inspectionDefinition,
  });
  const directory = options.directory ?? (await seedDirectory(system));
  return { system, directory, tableName, journalTableName, mail: new MailReader(inject("mailWebUrl")) };
}

export type TestSystem = Awaited<ReturnType<typeof startTestSystem>>;
