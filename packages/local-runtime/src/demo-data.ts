import { DEFAULT_CHAIN_SCOPE, type Person, type Stage, type Stores, type Unit } from "@beian/core";

/** Demo directory: a registry office over departments and a town (one with a school below it), operators, reviewers. */
export const DEMO_UNITS: Unit[] = [
  { unitId: "unit-registry", code: "U001", name: "清河县人民政府办公室（县委网信办）", email: "office@qinghe.gov.cn", contactName: "周敏", contactPhone: "0319-8123456", leaderName: "张建国", leaderTitle: "县政府办公室主任" },
  { unitId: "unit-education", code: "U002", name: "清河县教育局", parentId: "unit-registry", email: "jyj@edu.qinghe.gov.cn", contactName: "王芳", leaderName: "李明", leaderTitle: "局长" },
  { unitId: "unit-school", code: "U003", name: "清河县第一中学", parentId: "unit-education" },
  { unitId: "unit-culture", code: "U004", name: "清河县文化和旅游局", parentId: "unit-registry", contactName: "陈刚" },
  { unitId: "unit-town", code: "U005", name: "清河县城关镇人民政府", parentId: "unit-registry", contactName: "刘洋" },
];

export const DEMO_PEOPLE: Person[] = [
  { personId: "person-admin", name: "周敏", email: "admin@qinghe.gov.cn", phone: "13900000000", unitId: "unit-registry", roles: ["admin"], active: true },
  { personId: "person-op-education", name: "王芳", email: "wangfang@edu.qinghe.gov.cn", unitId: "unit-education", roles: ["operator"], active: true },
  { personId: "person-op-culture", name: "陈刚", email: "chengang@wl.qinghe.gov.cn", unitId: "unit-culture", roles: ["operator"], active: true },
  { personId: "person-op-town", name: "刘洋", email: "liuyang@cg.qinghe.gov.cn", unitId: "unit-town", roles: ["operator"], active: true },
  { personId: "person-rv-first", name: "赵磊", email: "first.reviewer@qinghe.gov.cn", unitId: "unit-registry", roles: ["reviewer"], active: true },
  { personId: "person-rv-second", name: "孙丽", email: "second.reviewer@qinghe.gov.cn", unitId: "unit-registry", roles: ["reviewer"], active: true },
  { personId: "person-rv-final", name: "钱伟", email: "final.reviewer@qinghe.gov.cn", unitId: "unit-registry", roles: ["reviewer"], active: true },
  { personId: "person-rv-first-2", name: "吴静", email: "first2.reviewer@qinghe.gov.cn", unitId: "unit-registry", roles: ["reviewer"], active: true },
];

/** The default review chain of every kind: two 初审 reviewers (either decides), one each for 复审 and 终审. */
export const DEMO_CHAIN: Record<Stage, string[]> = { first: ["person-rv-first", "person-rv-first-2"], second: ["person-rv-second"], final: ["person-rv-final"] };

/** Writes only what is missing, so seeding again neither duplicates nor undoes later edits. */
export async function seedDemoData(stores: Pick<Stores, "directory" | "seeding" | "chains">, kinds: string[] = ["filing"]): Promise<void> {
  const { directory, seeding, chains } = stores;
  // Items seeded before the directory's indexes existed are listed nowhere: writing them again indexes them.
  const listedUnits = new Set((await directory.listUnits()).map((u) => u.unitId));
  for (const unit of DEMO_UNITS) if (!listedUnits.has(unit.unitId)) await seeding.seedUnit((await directory.getUnit(unit.unitId)) ?? unit);
  const listedPeople = new Set((await directory.listPeople()).map((p) => p.personId));
  for (const person of DEMO_PEOPLE) if (!listedPeople.has(person.personId)) await seeding.seedPerson((await directory.getPerson(person.personId)) ?? person);
  for (const kind of kinds) {
    if ((await chains.listChains(kind)).some((c) => c.scope === DEFAULT_CHAIN_SCOPE)) continue;
    await chains.seedChain({ kind, scope: DEFAULT_CHAIN_SCOPE, stages: DEMO_CHAIN, updatedAt: new Date().toISOString(), updatedBy: "seed" });
  }
}
