import type { Clock, Transactor, TxWrite } from "../shared/ports.js";
import { fail, fieldError } from "../shared/errors.js";
import { parseOrThrow } from "../shared/validation.js";
import { requireRole } from "./access.js";
import { commitDirectory } from "./directory-audit.js";
import { PERSON_FIELD_LABELS, personInputSchema, UNIT_FIELD_LABELS, unitInputSchema, type UnitInput } from "./directory-input.js";
import { normalizeEmail, type Actor, type Person, type Unit } from "./people.js";
import type { DirectoryStore } from "./ports.js";
import { nextUnitCode, unitPath } from "./units.js";

/** One transaction carries at most 100 items; a move re-paths the unit and every unit below it. */
const MAX_MOVED_UNITS = 90;

const actorOf = (actor: Actor) => ({ id: actor.personId, name: actor.name });

export interface DirectoryDeps {
  directory: DirectoryStore;
  tx: Transactor;
  clock: Clock;
  newId: () => string;
}

/** The directory an admin keeps: units in a tree, people with roles; every change audited. */
export function directoryService(deps: DirectoryDeps) {
  const { directory, clock, newId } = deps;
  const commit = (actor: Actor, action: string, details: Record<string, unknown>, writes: TxWrite[]) =>
    commitDirectory(deps, actorOf(actor), action, details, clock.now().toISOString(), writes);

  async function existingUnit(unitId: string, field?: string) {
    const unit = await directory.getUnit(unitId);
    if (unit) return unit;
    if (field) throw fieldError(field, "UNKNOWN_UNIT", "所选单位不存在");
    throw fail("UNIT_NOT_FOUND");
  }

  async function existingPerson(personId: string) {
    const person = await directory.getPerson(personId);
    if (!person) throw fail("PERSON_NOT_FOUND");
    return person;
  }

  async function assertEmailFree(email: string, personId?: string) {
    const holder = await directory.findPersonByEmail(email);
    if (holder && holder.personId !== personId) throw fieldError("email", "EMAIL_TAKEN", "该邮箱已被其他人员使用");
  }

  async function codeFor(input: UnitInput, current?: Unit): Promise<string> {
    const code = input.code ?? current?.code ?? nextUnitCode((await directory.listUnits()).map((u) => u.code));
    const holder = await directory.findUnitByCode(code);
    if (holder && holder.unitId !== current?.unitId) throw fieldError("code", "UNIT_CODE_TAKEN", `单位编码 ${code} 已被「${holder.name}」使用`);
    return code;
  }

  /** The writes of a unit's new code: claim it, and free the old one. */
  const codeWrites = (unitId: string, code: string, previous?: string): TxWrite[] =>
    code === previous ? [] : [directory.claimUnitCode(code, unitId), ...(previous ? [directory.releaseUnitCode(previous, unitId)] : [])];

  return {
    async listUnits(actor: Actor) {
      requireRole(actor, "admin");
      return directory.listUnits();
    },

    async subUnitIds(actor: Actor, unitId: string) {
      requireRole(actor, "admin");
      await existingUnit(unitId);
      return directory.descendantUnitIds(unitId);
    },

    async createUnit(actor: Actor, body: unknown): Promise<Unit> {
      requireRole(actor, "admin");
      const input = parseOrThrow(unitInputSchema, body, UNIT_FIELD_LABELS);
      const parent = input.parentId ? await existingUnit(input.parentId, "parentId") : undefined;
      const unitId = newId();
      const code = await codeFor(input);
      const unit: Unit = { ...input, code, unitId, path: unitPath(parent?.path, unitId) };
      await commit(actor, "unit_created", { unitId, code, name: unit.name, parentId: unit.parentId }, [directory.putUnit(unit), ...codeWrites(unitId, code)]);
      return unit;
    },

    async updateUnit(actor: Actor, unitId: string, body: unknown): Promise<Unit> {
      requireRole(actor, "admin");
      const current = await existingUnit(unitId);
      const input = parseOrThrow(unitInputSchema, body, UNIT_FIELD_LABELS);
      const parent = input.parentId ? await existingUnit(input.parentId, "parentId") : undefined;
      const oldPath = current.path ?? unitPath(undefined, unitId);
      if (parent && (parent.unitId === unitId || (parent.path ?? "").startsWith(oldPath))) {
        throw fieldError("parentId", "CYCLE", "不能将单位移到其自身或下级单位之下");
      }
      const code = await codeFor(input, current);
      const path = unitPath(parent?.path, unitId);
      const unit: Unit = { ...input, code, unitId, path };
      const units = [unit];
      if (path !== oldPath) {
        const below = (await directory.listUnits()).filter((u) => u.unitId !== unitId && (u.path ?? "").startsWith(oldPath));
        if (below.length > MAX_MOVED_UNITS) throw fail("TOO_MANY_SUBUNITS", `下级单位超过 ${MAX_MOVED_UNITS} 个，请分批调整`);
        units.push(...below.map((u) => ({ ...u, path: path + u.path!.slice(oldPath.length) })));
      }
      const details = { unitId, name: unit.name, before: { name: current.name, code: current.code, parentId: current.parentId }, after: { name: unit.name, code, parentId: unit.parentId } };
      await commit(actor, "unit_updated", details, [...units.map((u) => directory.putUnit(u)), ...codeWrites(unitId, code, current.code)]);
      return unit;
    },

    async listPeople(actor: Actor, unitId?: string): Promise<Person[]> {
      requireRole(actor, "admin");
      if (unitId) {
        await existingUnit(unitId);
        return directory.listPeopleByUnit(unitId);
      }
      return directory.listPeople();
    },

    async createPerson(actor: Actor, body: unknown): Promise<Person> {
      requireRole(actor, "admin");
      const input = parseOrThrow(personInputSchema, body, PERSON_FIELD_LABELS);
      await existingUnit(input.unitId, "unitId");
      const email = normalizeEmail(input.email);
      await assertEmailFree(email);
      const person: Person = { ...input, email, roles: [...new Set(input.roles)], personId: newId(), active: true };
      const details = { personId: person.personId, name: person.name, unitId: person.unitId, roles: person.roles };
      await commit(actor, "person_created", details, [directory.putPerson(person), directory.claimEmail(email, person.personId)]);
      return person;
    },

    async updatePerson(actor: Actor, personId: string, body: unknown): Promise<Person> {
      requireRole(actor, "admin");
      const current = await existingPerson(personId);
      const input = parseOrThrow(personInputSchema, body, PERSON_FIELD_LABELS);
      await existingUnit(input.unitId, "unitId");
      const email = normalizeEmail(input.email);
      if (email !== current.email) await assertEmailFree(email, personId);
      const person: Person = { ...current, phone: undefined, canActForSubUnits: undefined, ...input, email, roles: [...new Set(input.roles)] };
      const emailWrites = email !== current.email ? [directory.claimEmail(email, personId), directory.releaseEmail(current.email, personId)] : [];
      const details = { personId, name: person.name, before: { unitId: current.unitId, roles: current.roles, email: current.email }, after: { unitId: person.unitId, roles: person.roles, email } };
      await commit(actor, "person_updated", details, [directory.putPerson(person), ...emailWrites]);
      return person;
    },

    /**
     * Keeps the person and their history; they can no longer log in (every session of theirs ends:
     * sessions are valid only if issued after the last deactivation), are no longer picked as a
     * reviewer, and the links already emailed to them stop working.
     */
    async deactivatePerson(actor: Actor, personId: string): Promise<Person> {
      requireRole(actor, "admin");
      const current = await existingPerson(personId);
      if (personId === actor.personId) throw fail("CANNOT_DEACTIVATE_SELF");
      if (!current.active) return current;
      const at = clock.now().toISOString();
      const person: Person = { ...current, active: false, deactivatedAt: at, sessionsValidFrom: at };
      await commit(actor, "person_deactivated", { personId, name: current.name }, [directory.putPerson(person)]);
      return person;
    },

    async reactivatePerson(actor: Actor, personId: string): Promise<Person> {
      requireRole(actor, "admin");
      const current = await existingPerson(personId);
      if (current.active) return current;
      const person: Person = { ...current, active: true, deactivatedAt: undefined };
      await commit(actor, "person_reactivated", { personId, name: current.name }, [directory.putPerson(person)]);
      return person;
    },

    async listAudit(actor: Actor) {
      requireRole(actor, "admin");
      return directory.listDirectoryAudit();
    },
  };
}

export type DirectoryService = ReturnType<typeof directoryService>;
