import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createServices, digest, type Mail, type ReviewWorkflow, type StageResult, type Stores } from "@beian/core";
import { createDynamoStores } from "@beian/store-dynamodb";
import { freshTable } from "../../../test/support/dynamo.js";
import { filingInput } from "../../../test/support/fixtures.js";
import { seedDefaultChain } from "../../../test/support/test-system.js";

/**
 * A workflow whose SendTaskSuccess fails until `healthy` is set, recording what it accepted. It
 * stands in for Step Functions being unreachable; the store underneath is the real one.
 */
class FlakyWorkflow implements ReviewWorkflow {
  healthy = false;
  readonly accepted: { token: string; output: StageResult }[] = [];
  async start() {}
  async sendTaskSuccess(token: string, output: StageResult) {
    if (!this.healthy) throw Object.assign(new Error("connect ECONNREFUSED"), { name: "NetworkingError" });
    this.accepted.push({ token, output });
  }
  async sendTaskFailure() {}
}

let stores: Stores;

beforeAll(async () => {
  const { doc, tableName } = await freshTable();
  stores = createDynamoStores({ doc, tableName });
});

describe("decision re-delivery", () => {
  it("keeps a decision whose SendTaskSuccess failed and delivers it on the next sweep, once", async () => {
    const workflow = new FlakyWorkflow();
    const sent: Mail[] = [];
    const services = createServices({
      stores,
      workflow,
      mailer: { send: async (m) => void sent.push(m) },
      clock: { now: () => new Date() },
      config: { baseUrl: "http://beian.test", approvalLinkTtlHours: 72, loginLinkTtlMinutes: 15, sessionTtlHours: 12, linkSecret: "redelivery-test" },
      newId: randomUUID,
      log: { info() {}, warn() {}, error() {} },
    });
    const tag = randomUUID();
    await stores.seeding.seedUnit({ unitId: `u-${tag}`, name: "清河县教育局" });
    const operator = { personId: `op-${tag}`, name: "王芳", email: `op-${tag}@t.cn`, unitId: `u-${tag}`, roles: ["operator" as const], active: true };
    await stores.seeding.seedPerson(operator);
    await stores.seeding.seedPerson({ ...operator, personId: `rv-${tag}`, email: `rv-${tag}@t.cn`, roles: ["reviewer"] });
    await seedDefaultChain(stores, "filing", { first: [`rv-${tag}`] });

    const filing = await services.filings.submit(operator, filingInput());
    await services.reviews.openStage({ kind: "filing", itemId: filing.filingId, round: 1, stage: "first", taskToken: `token-${tag}` });
    const linkId = sent.at(-1)!.text.match(/\/review\/([A-Za-z0-9_-]{43})/)![1];
    expect((await stores.reviews.findTaskByLinkHash(digest(linkId)))?.status).toBe("pending");

    await services.reviews.decide(linkId, { decision: "approve", comment: "", checklist: ["name-formal", "form-complete"] });
    expect(await stores.reviews.getTask(filing.filingId, 1, "first")).toMatchObject({ status: "decided", delivered: false });
    expect(workflow.accepted).toEqual([]);

    workflow.healthy = true;
    expect(await services.reviews.redeliverDecisions()).toBeGreaterThanOrEqual(1);
    expect(workflow.accepted.filter((a) => a.token === `token-${tag}`)).toEqual([{ token: `token-${tag}`, output: { decision: "approve" } }]);
    expect(await stores.reviews.getTask(filing.filingId, 1, "first")).toMatchObject({ delivered: true });
    await services.reviews.redeliverDecisions();
    expect(workflow.accepted.filter((a) => a.token === `token-${tag}`)).toHaveLength(1);
  });
});
