import type { AuditRecord } from "./audit-chain.js";

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

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * One write of a transaction, built by a store adapter from a capability's own port. The core
 * composes writes from several capabilities into one `Transactor.commit` and never looks inside;
 * `part` names what a failed condition was about (so the caller can say which conflict it was).
 */
export interface TxWrite {
  readonly part: string;
}

export interface Transactor {
  /** Writes all or nothing; a failed condition throws `StoreConflict` naming the write's part. */
  commit(writes: TxWrite[]): Promise<void>;
}

export class StoreConflict extends Error {
  constructor(readonly part: string) {
    super(`conditional write failed on ${part}`);
    this.name = "StoreConflict";
  }
}

/** Hash-chained audit records, one chain per entity. */
export interface AuditStore {
  listAudit(entityId: string): Promise<AuditRecord[]>;
  /** The record, created only if its (entity, seq) is new. */
  appendAudit(record: AuditRecord): TxWrite;
}
