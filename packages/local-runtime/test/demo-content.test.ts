import { describe, expect, it } from "vitest";
import { seedDemoData } from "@beian/local-runtime";
import { seedDemoContent } from "../src/demo-content.js";
import { seedDemoRegister } from "../src/demo-register.js";
import { startTestSystem } from "../../../test/support/test-system.js";

describe("demo content", () => {
  it("seeds one draft for 王芳 on the education bureau's account, with a 严重 and 提示 hits, once", async () => {
    const ts = await startTestSystem();
    try {
      const { system } = ts;
      await seedDemoData(system.stores, system.services.chains.kinds().map((k) => k.id));
      await seedDemoRegister(system.services);
      expect(await seedDemoContent(system.services)).toBe(1);
      expect(await seedDemoContent(system.services)).toBe(0);
      const operator = (await system.stores.directory.getPerson("person-op-education"))!;
      const [draft] = (await system.services.content.drafts.list(operator)).items;
      const { hits } = await system.services.content.drafts.get(operator, draft.draftId);
      expect(hits.filter((h) => h.severity === "serious").map((h) => h.text)).toEqual(["南朝鲜"]);
      expect(hits.map((h) => h.suggestion)).toEqual(expect.arrayContaining(["部署", "再接再厉"]));
    } finally {
      await ts.system.stop();
    }
  });
});
