import { randomUUID } from "node:crypto";
import type { Person, Stage } from "@beian/core";
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
  await system.store.putUnit({ unitId: registryId, name: "县委网信办" });
  await system.store.putUnit({ unitId, name: "清河县教育局", parentId: registryId });
  await system.store.putUnit({ unitId: otherUnitId, name: "清河县文化和旅游局", parentId: registryId });
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
    await system.store.putPerson(p);
  }
  for (const stage of ["first", "second", "final"] as const) {
    await system.store.putStageReviewer(stage, dir.reviewers[stage].personId);
    await system.store.putStageReviewer(stage, dir.backups[stage].personId);
  }
  return dir;
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
    config: { baseUrl: options.baseUrl ?? TEST_BASE_URL, approvalLinkTtlHours: 72, loginLinkTtlMinutes: 15, sessionTtlHours: 12 },
    log: consoleLoggerForTests(),
    clock: options.clock,
    definition: options.definition,
  });
  const directory = options.directory ?? (await seedDirectory(system));
  return { system, directory, tableName, journalTableName, mail: new MailReader(inject("mailWebUrl")) };
}

export type TestSystem = Awaited<ReturnType<typeof startTestSystem>>;
