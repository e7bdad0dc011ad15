import type { TxWrite } from "../shared/ports.js";
import type { ContentDraft, ContentVersion, DraftStatus } from "./draft.js";
import type { MonitorEntry } from "./monitor/monitor-entry.js";
import type { MonitorEvent } from "./monitor/monitor-event.js";
import type { Publication } from "./publication.js";
import type { WordEntry } from "./words/dictionary.js";

export interface DraftListQuery {
  /** Undefined: every unit (admins). */
  unitIds?: string[];
  status?: DraftStatus;
  limit: number;
  after?: string;
}

export interface DraftPage {
  drafts: ContentDraft[];
  last?: string;
}

/** Drafts, their text versions (keyed by hash) and publication records. */
export interface ContentStore {
  getDraft(draftId: string): Promise<ContentDraft | undefined>;
  listDrafts(query: DraftListQuery): Promise<DraftPage>;
  /** Creates the draft (no `expected`), or writes it conditioned on its chain position and status (part "draft"). */
  writeDraft(draft: ContentDraft, expected?: { auditSeq: number; status: DraftStatus }): TxWrite;
  getVersion(draftId: string, hash: string): Promise<ContentVersion | undefined>;
  /** Stores a version under its hash (the same hash is the same text: writing it again changes nothing). */
  putVersion(draftId: string, hash: string, version: ContentVersion, at: string): TxWrite;
  deleteVersion(draftId: string, hash: string): TxWrite;
  listDraftPublications(draftId: string): Promise<Publication[]>;
  /** An account's publications, newest first; with `range`, only those published within it (ISO instants, inclusive). */
  listAccountPublications(accountId: string, limit: number, range?: { from: string; to: string }): Promise<Publication[]>;
  /** Creates the record; fails (part "publication") if one with its id exists. */
  recordPublication(publication: Publication): TxWrite;
}

/** The dictionary's own chain head: its sequence is the dictionary's version. */
export interface DictionaryHead {
  auditSeq: number;
  auditHead: string;
  updatedAt: string;
}

/** Dictionary entries the registry office added or changed (the starter set lives in code). */
export interface WordStore {
  getHead(): Promise<DictionaryHead | undefined>;
  listEntries(): Promise<WordEntry[]>;
  putEntry(entry: WordEntry): TxWrite;
  /** Moves the head, conditioned on the sequence it was read at (part "dictionary"). */
  writeHead(head: DictionaryHead, expectedSeq: number): TxWrite;
}

/** One monitor entry per account, indexed by the day its next threshold falls due and by last publication. */
export interface MonitorStore {
  getEntries(accountIds: string[]): Promise<MonitorEntry[]>;
  /** Creates the entry (no `expectedVersion`) or writes it conditioned on the version read (part "monitor"). */
  writeEntry(entry: MonitorEntry, expectedVersion?: number): TxWrite;
  /** Removes the entry of an account that left the register, conditioned on the version read (part "monitor"). */
  deleteEntry(accountId: string, expectedVersion: number): TxWrite;
  /** Records a warning or violation (part "monitorEvent"); written with the entry's step. */
  recordEvent(event: MonitorEvent): TxWrite;
  /** Entries due on or before `day` (YYYY-MM-DD), earliest first, a page after `after`: what the daily sweep reads. */
  listDue(day: string, limit: number, after?: string): Promise<{ entries: MonitorEntry[]; last?: string }>;
  /** Entries by last publication, oldest first; optionally of one unit. */
  listByLastPublication(query: { unitId?: string; limit: number; after?: string }): Promise<{ entries: MonitorEntry[]; last?: string }>;
  getMark(name: string): Promise<string | undefined>;
  putMark(name: string, value: string): Promise<void>;
}
