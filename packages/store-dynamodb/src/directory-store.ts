import { GENESIS_HASH, unitPath, type AuditRecord, type DirectorySeeding, type DirectoryStore, type Person, type Unit } from "@beian/core";
import type { BeianService } from "./beian-service.js";
import { stripUndefined, txWrite } from "./tx-write.js";

const HEAD = "directory";

export const toPerson = (item: object): Person => {
  const person = item as Omit<Person, "roles"> & { roles: Iterable<Person["roles"][number]> };
  return { ...person, roles: [...person.roles] };
};

/** Units written before units had paths sit at the root. */
const toUnit = (item: object): Unit => {
  const unit = item as Unit;
  return { ...unit, path: unit.path ?? unitPath(undefined, unit.unitId) };
};

/** The directory side of the table: units (a tree by path), people, the directory's audit chain. */
export class DynamoDirectoryStore implements DirectoryStore, DirectorySeeding {
  constructor(private readonly db: BeianService) {}

  private get e() {
    return this.db.entities;
  }

  async getPerson(personId: string) {
    const { data } = await this.e.person.get({ personId }).go();
    return data ? toPerson(data) : undefined;
  }

  async findPersonByEmail(email: string) {
    const { data } = await this.e.person.query.byEmail({ email }).go({ limit: 1 });
    return data[0] ? toPerson(data[0]) : undefined;
  }

  async getPeople(personIds: string[]) {
    if (personIds.length === 0) return [];
    const { data } = await this.e.person.get([...new Set(personIds)].map((personId) => ({ personId }))).go();
    return data.map(toPerson);
  }

  async getUnit(unitId: string) {
    const { data } = await this.e.unit.get({ unitId }).go();
    return data ? toUnit(data) : undefined;
  }

  async getUnits(unitIds: string[]) {
    const ids = [...new Set(unitIds)];
    if (ids.length === 0) return [];
    const { data } = await this.e.unit.get(ids.map((unitId) => ({ unitId }))).go();
    return data.map(toUnit);
  }

  async findUnitByCode(code: string) {
    const { data } = await this.e.unitCodeClaim.get({ code: code.toUpperCase() }).go();
    return data ? this.getUnit(data.unitId) : undefined;
  }

  async listUnits() {
    const { data } = await this.e.unit.query.tree({}).go({ pages: "all" });
    return data.map(toUnit);
  }

  async descendantUnitIds(unitId: string) {
    const unit = await this.getUnit(unitId);
    if (!unit) return [];
    const { data } = await this.e.unit.query.tree({}).begins({ path: unit.path! }).go({ pages: "all" });
    return data.map((u) => u.unitId).filter((id) => id !== unitId);
  }

  async listPeople() {
    const { data } = await this.e.person.query.all({}).go({ pages: "all" });
    return data.map(toPerson);
  }

  async listPeopleByUnit(unitId: string) {
    const { data } = await this.e.person.query.byUnit({ unitId }).go({ pages: "all" });
    return data.map(toPerson);
  }

  async getDirectoryHead() {
    const { data } = await this.e.directoryHead.get({ name: HEAD }).go();
    return data ? { auditSeq: data.auditSeq, auditHead: data.auditHead } : { auditSeq: 0, auditHead: GENESIS_HASH };
  }

  async listDirectoryAudit() {
    const { data } = await this.e.audit.query.byEntity({ entityId: HEAD }).go({ pages: "all" });
    return data as AuditRecord[];
  }

  advanceHead(audit: AuditRecord, expectedAuditSeq: number) {
    const head = { name: HEAD, auditSeq: audit.seq, auditHead: audit.hash };
    return [
      txWrite("head", (tx) => [
        expectedAuditSeq === 0
          ? tx.directoryHead.create(head).commit()
          : tx.directoryHead
              .put(head)
              .where((a, op) => op.eq(a.auditSeq, expectedAuditSeq))
              .commit(),
      ]),
      txWrite("head", (tx) => [tx.audit.create(audit).commit()]),
    ];
  }

  putUnit(unit: Unit) {
    return txWrite("head", (tx) => [tx.unit.put(stripUndefined(unit) as Unit & { path: string }).commit()]);
  }

  putPerson(person: Person) {
    return txWrite("head", (tx) => [tx.person.put(stripUndefined(person)).commit()]);
  }

  claimEmail(email: string, personId: string) {
    return txWrite("email", (tx) => [tx.emailClaim.create({ email, personId }).commit()]);
  }

  releaseEmail(email: string, personId: string) {
    return txWrite("head", (tx) => [
      tx.emailClaim
        .delete({ email })
        .where((a, op) => `${op.notExists(a.personId)} OR ${op.eq(a.personId, personId)}`)
        .commit(),
    ]);
  }

  claimUnitCode(code: string, unitId: string) {
    return txWrite("unitCode", (tx) => [tx.unitCodeClaim.create({ code: code.toUpperCase(), unitId }).commit()]);
  }

  releaseUnitCode(code: string, unitId: string) {
    return txWrite("head", (tx) => [
      tx.unitCodeClaim
        .delete({ code: code.toUpperCase() })
        .where((a, op) => `${op.notExists(a.unitId)} OR ${op.eq(a.unitId, unitId)}`)
        .commit(),
    ]);
  }

  async seedUnit(unit: Unit) {
    const parent = unit.parentId ? await this.getUnit(unit.parentId) : undefined;
    await this.e.unit.put(stripUndefined({ ...unit, path: unitPath(parent?.path, unit.unitId) })).go();
    if (unit.code) await this.e.unitCodeClaim.put({ code: unit.code.toUpperCase(), unitId: unit.unitId }).go();
  }

  async seedPerson(person: Person) {
    await this.e.person.put(stripUndefined(person)).go();
    await this.e.emailClaim.put({ email: person.email, personId: person.personId }).go();
  }
}
