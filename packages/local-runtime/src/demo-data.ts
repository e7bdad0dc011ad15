import type { Person, Stage, Store, Unit } from "@beian/core";

/** Demo directory: a registry office, three units with an operator each, and one reviewer per stage. */
export const DEMO_UNITS: Unit[] = [
  { unitId: "unit-registry", name: "清河县人民政府办公室（县委网信办）" },
  { unitId: "unit-education", name: "清河县教育局", parentId: "unit-registry" },
  { unitId: "unit-culture", name: "清河县文化和旅游局", parentId: "unit-registry" },
  { unitId: "unit-town", name: "清河县城关镇人民政府", parentId: "unit-registry" },
];

export const DEMO_PEOPLE: Person[] = [
  { personId: "person-admin", name: "周敏", email: "admin@qinghe.gov.cn", phone: "13900000000", unitId: "unit-registry", roles: ["admin"], active: true },
  { personId: "person-op-education", name: "王芳", email: "wangfang@edu.qinghe.gov.cn", unitId: "unit-education", roles: ["operator"], active: true },
  { personId: "person-op-culture", name: "陈刚", email: "chengang@wl.qinghe.gov.cn", unitId: "unit-culture", roles: ["operator"], active: true },
  { personId: "person-op-town", name: "刘洋", email: "liuyang@cg.qinghe.gov.cn", unitId: "unit-town", roles: ["operator"], active: true },
  { personId: "person-rv-first", name: "赵磊", email: "first.reviewer@qinghe.gov.cn", unitId: "unit-registry", roles: ["reviewer"], active: true },
  { personId: "person-rv-second", name: "孙丽", email: "second.reviewer@qinghe.gov.cn", unitId: "unit-registry", roles: ["reviewer"], active: true },
  { personId: "person-rv-final", name: "钱伟", email: "final.reviewer@qinghe.gov.cn", unitId: "unit-registry", roles: ["reviewer"], active: true },
];

export const DEMO_CHAIN: Record<Stage, string> = { first: "person-rv-first", second: "person-rv-second", final: "person-rv-final" };

/** Writes only what is missing, so seeding again neither duplicates nor undoes later edits. */
export async function seedDemoData(store: Store): Promise<void> {
  for (const unit of DEMO_UNITS) if (!(await store.getUnit(unit.unitId))) await store.putUnit(unit);
  for (const person of DEMO_PEOPLE) if (!(await store.getPerson(person.personId))) await store.putPerson(person);
  for (const [stage, personId] of Object.entries(DEMO_CHAIN)) await store.putStageReviewer(stage as Stage, personId);
}
