import { describe, expect, it } from "vitest";
import { createDynamoStores } from "@beian/store-dynamodb";
import { DEMO_CHAIN, seedDemoData } from "@beian/local-runtime";
import { freshTable } from "../../../test/support/dynamo.js";

describe("demo directory", () => {
  it("seeds a unit tree with codes, people and a default chain per kind; seeding again changes nothing an admin edited", async () => {
    const { doc, tableName } = await freshTable();
    const stores = createDynamoStores({ doc, tableName });
    await seedDemoData(stores, ["filing", "content"]);
    expect((await stores.directory.descendantUnitIds("unit-registry")).sort()).toEqual(["unit-culture", "unit-education", "unit-school", "unit-town"]);
    expect(await stores.directory.descendantUnitIds("unit-education")).toEqual(["unit-school"]);
    expect((await stores.directory.findUnitByCode("u002"))?.unitId).toBe("unit-education");
    const [chain] = await stores.chains.listChains("filing");
    expect(chain.stages).toEqual(DEMO_CHAIN);
    expect((await stores.chains.listChains("content"))[0].stages).toEqual(DEMO_CHAIN);

    await stores.chains.seedChain({ ...chain, stages: { ...chain.stages, first: ["person-rv-first"] } });
    await seedDemoData(stores, ["filing", "content"]);
    expect((await stores.chains.listChains("filing"))[0].stages.first).toEqual(["person-rv-first"]);
    expect((await stores.directory.listPeople()).filter((p) => p.email === "admin@qinghe.gov.cn")).toHaveLength(1);
  });
});
