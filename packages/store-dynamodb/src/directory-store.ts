import {
  DEFAULT_CHAIN_SCOPE,
  DirectoryConflict,
  GENESIS_HASH,
  unitPath,
  type AuditRecord,
  type DirectoryAdminStore,
  type DirectoryChange,
  type DirectoryStore,
  type Person,
  type ReviewChain,
  type ReviewItemKind,
  type Stage,
  type Unit,
} from "@beian/core";
import type { BeianService } from "./beian-service.js";

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

const withoutUndefined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** The directory side of the table: units (a tree by path), people, review chains, the directory's audit chain. */
export class DirectoryDynamoStore implements DirectoryStore, DirectoryAdminStore {
  constructor(readonly db: BeianService) {}

  async getPerson(personId: string) {
    const { data } = await this.db.entities.person.get({ personId }).go();
    return data ? toPerson(data) : undefined;
  }

  async findPersonByEmail(email: string) {
    const { data } = await this.db.entities.person.query.byEmail({ email }).go({ limit: 1 });
    return data[0] ? toPerson(data[0]) : undefined;
  }

  async getPeople(personIds: string[]) {
    if (personIds.length === 0) return [];
    const { data } = await this.db.entities.person.get([...new Set(personIds)].map((personId) => ({ personId }))).go();
    return data.map(toPerson);
  }

  async getUnit(unitId: string) {
    const { data } = await this.db.entities.unit.get({ unitId }).go();
    return data ? toUnit(data) : undefined;
  }

  async putUnit(unit: Unit) {
    const parent = unit.parentId ? await this.getUnit(unit.parentId) : undefined;
    await this.db.entities.unit.put(withoutUndefined({ ...unit, path: unitPath(parent?.path, unit.unitId) })).go();
  }

  async putPerson(person: Person) {
    await this.db.entities.person.put(withoutUndefined(person)).go();
    await this.db.entities.emailClaim.put({ email: person.email, personId: person.personId }).go();
  }

  async putStageReviewer(stage: Stage, personId: string) {
    const chains = await this.listChains("filing");
    const base = chains.find((c) => c.scope === DEFAULT_CHAIN_SCOPE);
    const ids = base?.stages[stage] ?? [];
    if (ids.includes(personId)) return;
    const chain: ReviewChain = {
      kind: "filing",
      scope: DEFAULT_CHAIN_SCOPE,
      stages: { ...base?.stages, [stage]: [...ids, personId] },
      updatedAt: new Date().toISOString(),
      updatedBy: "seed",
    };
    await this.db.entities.reviewChain.put(chain).go();
  }

  async listUnits() {
    const { data } = await this.db.entities.unit.query.tree({}).go({ pages: "all" });
    return data.map(toUnit);
  }

  async descendantUnitIds(unitId: string) {
    const unit = await this.getUnit(unitId);
    if (!unit) return [];
    const { data } = await this.db.entities.unit.query.tree({}).begins({ path: unit.path! }).go({ pages: "all" });
    return data.map((u) => u.unitId).filter((id) => id !== unitId);
  }

  async listPeople() {
    const { data } = await this.db.entities.person.query.all({}).go({ pages: "all" });
    return data.map(toPerson);
  }

  async listPeopleByUnit(unitId: string) {
    const { data } = await this.db.entities.person.query.byUnit({ unitId }).go({ pages: "all" });
    return data.map(toPerson);
  }

  async listChains(kind: ReviewItemKind) {
    const { data } = await this.db.entities.reviewChain.query.byKind({ kind }).go({ pages: "all" });
    return data as ReviewChain[];
  }

  async getDirectoryHead() {
    const { data } = await this.db.entities.directoryHead.get({ name: HEAD }).go();
    return data ? { auditSeq: data.auditSeq, auditHead: data.auditHead } : { auditSeq: 0, auditHead: GENESIS_HASH };
  }

  async listDirectoryAudit() {
    const { data } = await this.db.entities.audit.query.byEntity({ entityId: HEAD }).go({ pages: "all" });
    return data as AuditRecord[];
  }

  async commitDirectoryChange(change: DirectoryChange) {
    const parts: ("head" | "email")[] = [];
    const result = await this.db.transaction
      .write(({ directoryHead, audit, unit, person, emailClaim, reviewChain }) => {
        const ops = [];
        const head = { name: HEAD, auditSeq: change.audit.seq, auditHead: change.audit.hash };
        ops.push(
          change.expectedAuditSeq === 0
            ? directoryHead.create(head).commit()
            : directoryHead
                .put(head)
                .where((a, op) => op.eq(a.auditSeq, change.expectedAuditSeq))
                .commit(),
        );
        ops.push(audit.create(change.audit).commit());
        parts.push("head", "head");
        for (const u of change.units ?? []) {
          ops.push(unit.put(withoutUndefined(u) as Unit & { path: string }).commit());
          parts.push("head");
        }
        if (change.person) {
          ops.push(person.put(withoutUndefined(change.person)).commit());
          parts.push("head");
        }
        if (change.claimEmail && change.person) {
          ops.push(emailClaim.create({ email: change.claimEmail, personId: change.person.personId }).commit());
          parts.push("email");
        }
        if (change.releaseEmail && change.person) {
          const owner = change.person.personId;
          ops.push(
            emailClaim
              .delete({ email: change.releaseEmail })
              .where((a, op) => `${op.notExists(a.personId)} OR ${op.eq(a.personId, owner)}`)
              .commit(),
          );
          parts.push("head");
        }
        if (change.chain) {
          ops.push(reviewChain.put(change.chain).commit());
          parts.push("head");
        }
        if (change.deleteChain) {
          ops.push(reviewChain.delete(change.deleteChain).commit());
          parts.push("head");
        }
        return ops;
      })
      .go();
    if (result.canceled) {
      const items = result.data as unknown as { rejected: boolean; code: string }[];
      const failed = items.findIndex((d) => d.rejected && d.code === "ConditionalCheckFailed");
      throw new DirectoryConflict(failed >= 0 ? parts[failed] : "head");
    }
  }
}
