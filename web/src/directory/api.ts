import type { Person, PersonInput, Unit, UnitInput } from "@beian/core";
import { enc, request } from "../ui/api-client.js";

export const ROLE_LABELS = { admin: "管理员", operator: "信息员", reviewer: "审核人" } as const;

/** 组织机构: units and people (admins). */
export const directoryApi = {
  units: () => request<{ items: Unit[] }>("GET", "/api/directory/units").then((r) => r.items),
  createUnit: (body: UnitInput) => request<{ unit: Unit }>("POST", "/api/directory/units", body).then((r) => r.unit),
  people: (unitId: string) => request<{ items: Person[] }>("GET", `/api/directory/people?unitId=${enc(unitId)}`).then((r) => r.items),
  createPerson: (body: PersonInput) => request<{ person: Person }>("POST", "/api/directory/people", body).then((r) => r.person),
  deactivate: (id: string) => request<{ person: Person }>("POST", `/api/directory/people/${enc(id)}/deactivate`, {}),
  reactivate: (id: string) => request<{ person: Person }>("POST", `/api/directory/people/${enc(id)}/reactivate`, {}),
};

export const directoryHref = (unitId?: string) => `#/directory${unitId ? `?unit=${enc(unitId)}` : ""}`;
