import type { Account } from "./account.js";
import type { DirectoryAdminStore, ReviewLinkStore } from "./directory-ports.js";
import type { AuditRecord } from "./audit-chain.js";
import type { Filing, FilingStatus } from "./filing.js";
import type { Person, Unit } from "./people.js";
import type { Platform } from "./platforms.js";
import type { ReviewExecutionInput, ReviewTask, StageResult } from "./review-task.js";
import type { Stage } from "./stages.js";
import type { RegisterStore } from "./register-store.js";
import type { CredentialTask } from "./custody.js";
import type { UpkeepStore } from "./upkeep-ports.js";

export interface Clock {
  now(): Date;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** The review orchestrator: AWS Step Functions in the cloud, the local engine in `npm start`. */
export interface ReviewWorkflow {
  start(executionName: string, input: ReviewExecutionInput): Promise<void>;
  sendTaskSuccess(taskToken: string, output: StageResult): Promise<void>;
}

/**
 * One state change of a filing, written atomically with its audit record. `expectedAuditSeq`
 * guards against lost updates and keeps the audit chain linear: two writers racing on the same
 * filing cannot both append record N+1.
 */
export interface FilingChange {
  filing: Filing;
  /** Absent when creating the filing. */
  expectedAuditSeq?: number;
  expectedStatus?: FilingStatus;
  audit: AuditRecord;
  openTask?: ReviewTask;
  /** Marks a pending task decided; fails if it is no longer pending or the link changed. */
  decideTask?: ReviewTask;
  expireTask?: ReviewTask;
  /** Creates a uniqueness key (platform account, or an account's pending change) held by this filing. */
  claimPlatformKey?: string;
  /** Takes a key over from a filing whose account was cancelled (re-opening a cancelled account). */
  takeOverClaim?: { key: string; fromFilingId: string };
  /** Records that the key's holder is now a register account. */
  bindClaimToAccount?: { key: string; accountId: string };
  releasePlatformKey?: string;
  /** The register side of the change (account created, changed or cancelled), in the same transaction. */
  accountChange?: AccountChange;
}

/**
 * A state change of a register account with the next record of its own audit chain. Creation has no
 * `expectedAuditSeq`; later changes are conditioned on it, like filings.
 */
export interface AccountChange {
  account: Account;
  expectedAuditSeq?: number;
  expectedStatus?: Account["status"];
  audit: AuditRecord;
  /** "Rotate password / unbind devices" tasks opened by this change (an approved administrator change). */
  credentialTasks?: CredentialTask[];
}

/** Which part of a change failed its condition. */
export type ConflictPart = "filing" | "claim" | "task" | "account";

export interface UniquenessClaim {
  key: string;
  filingId: string;
  accountId?: string;
}

export class StoreConflict extends Error {
  constructor(readonly part: ConflictPart) {
    super(`conditional write failed on ${part}`);
    this.name = "StoreConflict";
  }
}

export interface DirectoryStore {
  getPerson(personId: string): Promise<Person | undefined>;
  findPersonByEmail(email: string): Promise<Person | undefined>;
  getUnit(unitId: string): Promise<Unit | undefined>;
  /** Seeding: writes a unit (its path derived from its parent's), unaudited. */
  putUnit(unit: Unit): Promise<void>;
  putPerson(person: Person): Promise<void>;
  /** Seeding: adds a reviewer to a stage of the default filing review chain, unaudited. */
  putStageReviewer(stage: Stage, personId: string): Promise<void>;
}

export interface AuthStore {
  putLoginLink(hash: string, personId: string, expiresAt: string): Promise<void>;
  /** Marks the link used; returns its person only if it was unused and unexpired. */
  consumeLoginLink(hash: string, now: string): Promise<string | undefined>;
  putSession(hash: string, personId: string, expiresAt: string): Promise<void>;
  getSessionPerson(hash: string, now: string): Promise<string | undefined>;
  deleteSession(hash: string): Promise<void>;
}

export interface FilingStore {
  commitFilingChange(change: FilingChange): Promise<void>;
  getFiling(filingId: string): Promise<Filing | undefined>;
  listFilingsByUnit(unitId: string): Promise<Filing[]>;
  listUnitFilingsOnPlatform(unitId: string, platform: Platform): Promise<Filing[]>;
  listAllFilings(): Promise<Filing[]>;
  listAudit(filingId: string): Promise<AuditRecord[]>;
  listTasks(itemId: string): Promise<ReviewTask[]>;
  getTask(itemId: string, round: number, stage: Stage): Promise<ReviewTask | undefined>;
  findTaskByLinkHash(linkHash: string): Promise<ReviewTask | undefined>;
  rebindTaskToken(task: ReviewTask, taskToken: string): Promise<void>;
  markTaskMailed(task: ReviewTask, at: string): Promise<void>;
  markDelivered(task: ReviewTask): Promise<void>;
  listUndeliveredDecisions(): Promise<ReviewTask[]>;
  nextFilingSequence(year: number): Promise<number>;
  getAccountByFilingNumber(filingNumber: string): Promise<Account | undefined>;
  getAccount(accountId: string): Promise<Account | undefined>;
  getClaim(key: string): Promise<UniquenessClaim | undefined>;
  /** An admin action on an account alone (suspend, restore). */
  commitAccountChange(change: AccountChange): Promise<void>;
}

export type Store = DirectoryStore & AuthStore & FilingStore & DirectoryAdminStore & ReviewLinkStore;

export interface AppConfig {
  /** Public base URL of the web page and API, used in emailed links. */
  baseUrl: string;
  approvalLinkTtlHours: number;
  loginLinkTtlMinutes: number;
  sessionTtlHours: number;
  /** Remind a reviewer after a decision has been pending this long, and again every such interval (default 48). */
  reminderAfterHours?: number;
  /** Escalate a pending decision to the admins once it is this old (default 120, below the 14-day stage timeout). */
  escalateAfterHours?: number;
  /** Days a "rotate password / unbind devices" task may stay open after an administrator change (default 7). */
  credentialTaskDueDays?: number;
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface Deps {
  store: Store;
  mailer: Mailer;
  workflow: ReviewWorkflow;
  clock: Clock;
  config: AppConfig;
  newId: () => string;
  log: Logger;
  /** Storage for reminders, escalation, credential custody and contract ends (absent: those services refuse). */
  upkeep?: UpkeepStore;
  /** The register's indexes and bulk import (absent: register services refuse). */
  register?: RegisterStore;
}
