import { describe, expect, it } from "vitest";
import { filedAccounts } from "../../../test/support/content.js";
import { login } from "../../../test/support/flow.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

const T0 = Date.parse("2026-11-01T01:00:00Z");
const clock = { now: () => new Date(T0) };
const NOTICE = "2026 年度政务新媒体年度检查";

/** Retries after 1 s, once: a failure outlives them quickly. */
const quickRetries = (definition: object) => JSON.parse(JSON.stringify(definition).replace(/"IntervalSeconds":2,"MaxAttempts":3/g, '"IntervalSeconds":1,"MaxAttempts":1')) as object;

const notices = async (ts: TestSystem, email: string) => (await ts.mail.to(email)).filter((m) => m.subject.includes(NOTICE)).length;

describe("the inspection's opening, interrupted, loses nothing and does nothing twice", () => {
  it("a page step that fails for good is recorded and the admins mailed; 继续开启 finishes it with one report per account and one mail per unit", async () => {
    const ts = await startTestSystem({ clock, inspection: { opening: { pageSize: 2 } }, inspectionDefinition: quickRetries });
    try {
      const accounts = await filedAccounts(ts, 5);
      const steps = ts.system.services.inspection.opening;
      const original = steps.run;
      let failing = true;
      let calls = 0;
      steps.run = async (step) => {
        if (step.action === "page" && step.iteration.segment === "wechat" && ++calls >= 2 && failing) throw new Error("DynamoDB is unreachable");
        return original(step);
      };
      const admin = await login(ts, ts.directory.admin.email);
      expect((await admin.post("/api/inspection/campaigns", { year: 2026, deadline: "2026-11-30" })).status).toBe(201);
      expect(await ts.system.inspectionEngine.waitForExecution("inspection-2026")).toMatchObject({ status: "FAILED", error: "Inspection.OpeningFailed" });
      const failed = (await ts.system.stores.inspection.getCampaign(2026))!;
      expect(failed).toMatchObject({ status: "opening", failure: { error: "Error" } });
      await ts.mail.waitFor(ts.directory.admin.email, "2026 年度检查开启失败");
      expect(await notices(ts, ts.directory.operator.email)).toBe(0);
      // Nothing to resume while it runs normally; the operator cannot resume at all.
      expect((await (await login(ts, ts.directory.operator.email)).post("/api/inspection/campaigns/2026/resume", {})).status).toBe(403);

      failing = false;
      const resumed = await admin.post("/api/inspection/campaigns/2026/resume", {});
      expect(resumed.status).toBe(200);
      expect(await ts.system.inspectionEngine.waitForExecution("inspection-2026-x1")).toMatchObject({ status: "SUCCEEDED" });
      expect((await admin.post("/api/inspection/campaigns/2026/resume", {})).status).toBe(409);
      const reports = await ts.system.stores.inspection.listUnitReports(2026, ts.directory.unitId, 100);
      expect(reports.reports.map((r) => r.accountId).sort()).toEqual([...accounts].sort());
      expect(await ts.system.stores.inspection.getCampaign(2026)).toMatchObject({ status: "open", reportCount: 5, restarts: 1 });
      await ts.mail.waitFor(ts.directory.operator.email, NOTICE);
      expect(await notices(ts, ts.directory.operator.email)).toBe(1);
      const history = (await ts.system.stores.audit.listAudit("inspection-2026")).map((r) => r.action);
      expect(history).toEqual(["campaign_started", "opening_failed", "campaign_resumed", "campaign_opened"]);
    } finally {
      await ts.system.stop();
    }
  });

  it("a unit notice committed just before the kill is sent by the restarted runtime's outbox sweep, once", async () => {
    const before = await startTestSystem({ clock });
    await filedAccounts(before, 2);
    const admin = await login(before, before.directory.admin.email);
    // From here the process dies the instant after each commit: what follows a commit never runs.
    before.system.services.effects.run = async () => {};
    expect((await admin.post("/api/inspection/campaigns", { year: 2026, deadline: "2026-11-30" })).status).toBe(201);
    // Its start was recorded; a sweep (not the dead request) starts the execution, which records the unit's notice.
    expect(await before.system.services.effects.sweep()).toBe(1);
    expect(await before.system.inspectionEngine.waitForExecution("inspection-2026")).toMatchObject({ status: "SUCCEEDED" });
    expect(await before.system.stores.inspection.getUnitProgress(2026, before.directory.unitId)).toBeDefined();
    await before.system.stop();
    expect(await notices(before, before.directory.operator.email)).toBe(0);

    const after = await startTestSystem({ clock, tableName: before.tableName, journalTableName: before.journalTableName, directory: before.directory });
    try {
      expect(await after.system.services.effects.sweep({ reclaim: true })).toBe(1);
      await after.mail.waitFor(after.directory.operator.email, NOTICE);
      expect(await after.system.services.effects.sweep({ reclaim: true })).toBe(0);
      // Running the notify step again (a replayed step) finds the unit told and mails nothing.
      await after.system.services.inspection.opening.notify(2026);
      expect(await after.system.services.effects.sweep({ reclaim: true })).toBe(0);
      expect(await notices(after, after.directory.operator.email)).toBe(1);
    } finally {
      await after.system.stop();
    }
  });
});
