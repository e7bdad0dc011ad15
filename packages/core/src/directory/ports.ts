import type { AuditRecord } from "../shared/audit-chain.js";
import type { TxWrite } from "../shared/ports.js";
import type { Person, Unit } from "./people.js";

/** The head of the directory's audit chain: every directory change appends to this one chain. */
export interface DirectoryHead {
  auditSeq: number;
  auditHead: string;
}

/** Units in a tree (by ancestor path), people with roles, and the directory's own audit chain. */
export interface DirectoryStore {
  getPerson(personId: string): Promise<Person | undefined>;
  findPersonByEmail(email: string): Promise<Person | undefined>;
  getPeople(personIds: string[]): Promise<Person[]>;
  getUnit(unitId: string): Promise<Unit | undefined>;
  getUnits(unitIds: string[]): Promise<Unit[]>;
  findUnitByCode(code: string): Promise<Unit | undefined>;
  /** Every unit, ordered by path (a depth-first walk of the tree). */
  listUnits(): Promise<Unit[]>;
  /** The unit's descendants (not itself), from one query on the path index. */
  descendantUnitIds(unitId: string): Promise<string[]>;
  listPeople(): Promise<Person[]>;
  listPeopleByUnit(unitId: string): Promise<Person[]>;

  getDirectoryHead(): Promise<DirectoryHead>;
  listDirectoryAudit(): Promise<AuditRecord[]>;
  /** Moves the chain head to `audit` (conditioned on the head it was read at) and writes the record. */
  advanceHead(audit: AuditRecord, expectedAuditSeq: number): TxWrite[];
  putUnit(unit: Unit): TxWrite;
  putPerson(person: Person): TxWrite;
  /** Makes an email (or a unit code) unique: fails with part "email" ("unitCode") when taken. */
  claimEmail(email: string, personId: string): TxWrite;
  releaseEmail(email: string, personId: string): TxWrite;
  claimUnitCode(code: string, unitId: string): TxWrite;
  releaseUnitCode(code: string, unitId: string): TxWrite;
}

/** Seeding demo data and test fixtures: written directly, unaudited. */
export interface DirectorySeeding {
  seedUnit(unit: Unit): Promise<void>;
  seedPerson(person: Person): Promise<void>;
}
