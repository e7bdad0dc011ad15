import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createServices, digest, type Mail, type ReviewWorkflow, type StageResult } from "@beian/core";
import { DynamoRegisterStore, DynamoStore } from "@beian/store-dynamodb";
import { freshTable } from "../../../test/support/dynamo.js";
import { filingInput } from "../../../test/support/fixtures.js";

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
}

let store: DynamoStore;

beforeAll(async () => {
  const { doc, tableName } = await freshTable();
  store = new DynamoStore({ doc, tableName });
});

describe("decision re-delivery", () => {
  it("keeps a decision whose SendTaskSuccess failed and delivers it on the next sweep, once", async () => {
    const workflow = new FlakyWorkflow();
    const sent: Mail[] = [];
    const services = createServices({
      store,
      workflow,
      mailer: { send: async (m) => void sent.push(m) },
      clock: { now: () => new Date() },
      config: { baseUrl: "http://beian.test", approvalLinkTtlHours: 72, loginLinkTtlMinutes: 15, sessionTtlHours: 12 },
      newId: randomUUID,
      log: { info() {}, warn() {}, error() {} },
      register: new DynamoRegisterStore(store.db),
    });
    const tag = randomUUID();
    await store.putUnit({ unitId: `u-${tag}`, name: "清河县教育局" });
    const operator = { personId: `op-${tag}`, name: "王芳", email: `op-${tag}@t.cn`, unitId: `u-${tag}`, roles: ["operator" as const], active: true };
    await store.putPerson(operator);
    await store.putPerson({ ...operator, personId: `rv-${tag}`, email: `rv-${tag}@t.cn`, roles: ["reviewer"] });
    await store.putStageReviewer("first", `rv-${tag}`);

    const filing = await services.filings.submit(operator, filingInput());
    await services.reviews.openStage({ itemId: filing.filingId, round: 1, stage: "first", taskToken: `token-${tag}` });
    const linkId = sent.at(-1)!.text.match(/\/review\/([A-Za-z0-9_-]{43})/)![1];
    expect((await store.findTaskByLinkHash(digest(linkId)))?.status).toBe("pending");

    await services.reviews.decide(linkId, { decision: "approve", comment: "", checklist: ["name-formal", "form-complete"] });
    expect(await store.getTask(filing.filingId, 1, "first")).toMatchObject({ status: "decided", delivered: false });
    expect(workflow.accepted).toEqual([]);

    workflow.healthy = true;
    expect(await services.reviews.redeliverDecisions()).toBeGreaterThanOrEqual(1);
    expect(workflow.accepted.filter((a) => a.token === `token-${tag}`)).toEqual([{ token: `token-${tag}`, output: { decision: "approve" } }]);
    expect(await store.getTask(filing.filingId, 1, "first")).toMatchObject({ delivered: true });
    await services.reviews.redeliverDecisions();
    expect(workflow.accepted.filter((a) => a.token === `token-${tag}`)).toHaveLength(1);
  });
});
