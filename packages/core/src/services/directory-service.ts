import { PERSON_FIELD_LABELS, personInputSchema, UNIT_FIELD_LABELS, unitInputSchema } from "../directory-input.js";
import { conflict, notFound, validationError } from "../errors.js";
import { normalizeEmail, type Actor, type Person, type Unit } from "../people.js";
import type { Deps } from "../ports.js";
import { unitPath } from "../review-chains.js";
import { parseOrThrow } from "../validation.js";
import { requireRole } from "./access.js";
import { commitDirectory } from "./directory-audit.js";

/** One transaction carries at most 100 items; a move re-paths the unit and every unit below it. */
const MAX_MOVED_UNITS = 95;

const actorOf = (actor: Actor) => ({ id: actor.personId, name: actor.name });

/** The directory an admin keeps: units in a tree, people with roles; every change audited. */
export function directoryService(deps: Deps) {
  const { store, clock, newId } = deps;

  async function existingUnit(unitId: string, field?: string) {
    const unit = await store.getUnit(unitId);
    if (unit) return unit;
    if (field) throw validationError([{ field, code: "UNKNOWN_UNIT", message: "所选单位不存在" }]);
    throw notFound("UNIT_NOT_FOUND", "单位不存在");
  }

  async function existingPerson(personId: string) {
    const person = await store.getPerson(personId);
    if (!person) throw notFound("PERSON_NOT_FOUND", "人员不存在");
    return person;
  }

  async function assertEmailFree(email: string, personId?: string) {
    const holder = await store.findPersonByEmail(email);
    if (holder && holder.personId !== personId) {
      throw validationError([{ field: "email", code: "EMAIL_TAKEN", message: "该邮箱已被其他人员使用" }]);
    }
  }

  return {
    async listUnits(actor: Actor) {
      requireRole(actor, "admin");
      return store.listUnits();
    },

    /** The unit's sub-units at any depth (the register's "incl. sub-units" filter). */
    descendantUnitIds: (unitId: string) => store.descendantUnitIds(unitId),

    async subUnitIds(actor: Actor, unitId: string) {
      requireRole(actor, "admin");
      await existingUnit(unitId);
      return store.descendantUnitIds(unitId);
    },

    async createUnit(actor: Actor, body: unknown): Promise<Unit> {
      requireRole(actor, "admin");
      const input = parseOrThrow(unitInputSchema, body, UNIT_FIELD_LABELS);
      const parent = input.parentId ? await existingUnit(input.parentId, "parentId") : undefined;
      const unitId = newId();
      const unit: Unit = { ...input, unitId, path: unitPath(parent?.path, unitId) };
      await commitDirectory(store, actorOf(actor), "unit_created", { unitId, name: unit.name, parentId: unit.parentId }, clock.now().toISOString(), { units: [unit] });
      return unit;
    },

    async updateUnit(actor: Actor, unitId: string, body: unknown): Promise<Unit> {
      requireRole(actor, "admin");
      const current = await existingUnit(unitId);
      const input = parseOrThrow(unitInputSchema, body, UNIT_FIELD_LABELS);
      const parent = input.parentId ? await existingUnit(input.parentId, "parentId") : undefined;
      const oldPath = current.path ?? unitPath(undefined, unitId);
      if (parent && (parent.unitId === unitId || (parent.path ?? "").startsWith(oldPath))) {
        throw validationError([{ field: "parentId", code: "CYCLE", message: "不能将单位移到其自身或下级单位之下" }]);
      }
      const path = unitPath(parent?.path, unitId);
      const unit: Unit = { ...input, unitId, path };
      const units = [unit];
      if (path !== oldPath) {
        const all = await store.listUnits();
        const below = all.filter((u) => u.unitId !== unitId && (u.path ?? "").startsWith(oldPath));
        if (below.length > MAX_MOVED_UNITS) throw conflict("TOO_MANY_SUBUNITS", `下级单位超过 ${MAX_MOVED_UNITS} 个，请分批调整`);
        units.push(...below.map((u) => ({ ...u, path: path + u.path!.slice(oldPath.length) })));
      }
      const details = { unitId, name: unit.name, before: { name: current.name, parentId: current.parentId }, after: { name: unit.name, parentId: unit.parentId } };
      await commitDirectory(store, actorOf(actor), "unit_updated", details, clock.now().toISOString(), { units });
      return unit;
    },

    async listPeople(actor: Actor, unitId?: string): Promise<Person[]> {
      requireRole(actor, "admin");
      if (unitId) {
        await existingUnit(unitId);
        return store.listPeopleByUnit(unitId);
      }
      return store.listPeople();
    },

    async createPerson(actor: Actor, body: unknown): Promise<Person> {
      requireRole(actor, "admin");
      const input = parseOrThrow(personInputSchema, body, PERSON_FIELD_LABELS);
      await existingUnit(input.unitId, "unitId");
      const email = normalizeEmail(input.email);
      await assertEmailFree(email);
      const person: Person = { ...input, email, roles: [...new Set(input.roles)], personId: newId(), active: true };
      const details = { personId: person.personId, name: person.name, unitId: person.unitId, roles: person.roles };
      await commitDirectory(store, actorOf(actor), "person_created", details, clock.now().toISOString(), { person, claimEmail: email });
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
      const emailChange = email !== current.email ? { claimEmail: email, releaseEmail: current.email } : {};
      const details = { personId, name: person.name, before: { unitId: current.unitId, roles: current.roles, email: current.email }, after: { unitId: person.unitId, roles: person.roles, email } };
      await commitDirectory(store, actorOf(actor), "person_updated", details, clock.now().toISOString(), { person, ...emailChange });
      return person;
    },

    /**
     * Keeps the person and their history; they can no longer log in, are no longer picked as a
     * reviewer, and the links already emailed to them stop working (checked when a link is used).
     */
    async deactivatePerson(actor: Actor, personId: string): Promise<Person> {
      requireRole(actor, "admin");
      const current = await existingPerson(personId);
      if (personId === actor.personId) throw conflict("CANNOT_DEACTIVATE_SELF", "不能停用本人账号");
      if (!current.active) return current;
      const at = clock.now().toISOString();
      const person: Person = { ...current, active: false, deactivatedAt: at };
      await commitDirectory(store, actorOf(actor), "person_deactivated", { personId, name: current.name }, at, { person });
      return person;
    },

    async reactivatePerson(actor: Actor, personId: string): Promise<Person> {
      requireRole(actor, "admin");
      const current = await existingPerson(personId);
      if (current.active) return current;
      const person: Person = { ...current, active: true, deactivatedAt: undefined };
      await commitDirectory(store, actorOf(actor), "person_reactivated", { personId, name: current.name }, clock.now().toISOString(), { person });
      return person;
    },

    async listAudit(actor: Actor) {
      requireRole(actor, "admin");
      return store.listDirectoryAudit();
    },
  };
}

export type DirectoryService = ReturnType<typeof directoryService>;
