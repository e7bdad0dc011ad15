import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { Person, Role, Stage, Unit } from "@beian/core";
import type { HttpClient } from "./http-client.js";

/** Directory set-up through the admin API, with unique names and emails per call. */
export function directoryAdmin(admin: HttpClient) {
  return {
    async unit(name: string, parentId?: string): Promise<Unit> {
      const response = await admin.post("/api/directory/units", { name: `${name}${randomUUID().slice(0, 4)}`, ...(parentId ? { parentId } : {}) });
      expect(response.status).toBe(201);
      return ((await response.json()) as { unit: Unit }).unit;
    },

    async person(name: string, unitId: string, roles: Role[]): Promise<Person> {
      const tag = randomUUID().slice(0, 8);
      const response = await admin.post("/api/directory/people", { name, email: `${roles[0]}-${tag}@test.gov.cn`, unitId, roles });
      expect(response.status).toBe(201);
      return ((await response.json()) as { person: Person }).person;
    },

    async override(unitId: string, stages: Partial<Record<Stage, string[]>>) {
      const response = await admin.put(`/api/review-chains/filing/${unitId}`, { stages });
      expect(response.status).toBe(200);
    },
  };
}
