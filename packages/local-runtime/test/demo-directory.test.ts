import { describe, expect, it } from "vitest";
import { DynamoStore } from "@beian/store-dynamodb";
import { DEMO_CHAIN, seedDemoData } from "@beian/local-runtime";
import { freshTable } from "../../../test/support/dynamo.js";

describe("demo directory", () => {
  it("seeds a unit tree, people and the default chain; seeding again changes nothing an admin edited", async () => {
    const { doc, tableName } = await freshTable();
    const store = new DynamoStore({ doc, tableName });
    await seedDemoData(store);
    expect((await store.descendantUnitIds("unit-registry")).sort()).toEqual(["unit-culture", "unit-education", "unit-school", "unit-town"]);
    expect(await store.descendantUnitIds("unit-education")).toEqual(["unit-school"]);
    const [chain] = await store.listChains("filing");
    expect(chain.stages).toEqual(DEMO_CHAIN);

    await store.db.entities.reviewChain.put({ ...chain, stages: { ...chain.stages, first: ["person-rv-first"] } }).go();
    await seedDemoData(store);
    expect((await store.listChains("filing"))[0].stages.first).toEqual(["person-rv-first"]);
    expect((await store.listPeople()).filter((p) => p.email === "admin@qinghe.gov.cn")).toHaveLength(1);
  });
});
