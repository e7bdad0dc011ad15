import { describe, expect, it } from "vitest";
import type { Filing } from "@beian/core";
import { filingInput } from "../../../test/support/fixtures.js";
import { decide, decisionForm, login, reviewLink } from "../../../test/support/flow.js";
import { HttpClient } from "../../../test/support/http-client.js";
import { startTestSystem } from "../../../test/support/test-system.js";

describe("the local runtime keeps reviews moving across restarts and deadlines", () => {
  it("a restart resumes a waiting review: the link emailed before it still works and nothing is mailed twice", async () => {
    const before = await startTestSystem();
    const operator = await login(before, before.directory.operator.email);
    const body = filingInput();
    const { filing } = (await (await operator.post("/api/filings", body)).json()) as { filing: Filing };
    const path = await reviewLink(before.mail, before.directory.reviewers.first.email, "first", body.accountName);
    await before.system.stop();

    const after = await startTestSystem({ tableName: before.tableName, journalTableName: before.journalTableName, directory: before.directory });
    try {
      expect(await after.system.engine.resumeAll()).toBe(1);
      const decided = await new HttpClient(after.system.app).postForm(path, decisionForm("first", "approve"));
      expect(decided.status).toBe(200);
      await decide(after, body.accountName, "second", "approve");
      await decide(after, body.accountName, "final", "approve");
      await after.mail.waitFor(after.directory.operator.email, `备案已备案：${body.accountName}`);
      expect((await after.system.stores.filings.getFiling(filing.filingId))?.status).toBe("filed");
      const firstStageMails = (await after.mail.to(after.directory.reviewers.first.email)).filter((m) => m.subject.includes(body.accountName));
      expect(firstStageMails).toHaveLength(1);
    } finally {
      await after.system.stop();
    }
  });

  it("a stage left undecided past its TimeoutSeconds returns the filing and tells the operator", async () => {
    const ts = await startTestSystem({
      definition: (definition) => {
        definition.States.FirstReview.TimeoutSeconds = 1;
        return definition;
      },
    });
    try {
      const operator = await login(ts, ts.directory.operator.email);
      const body = filingInput();
      const { filing } = (await (await operator.post("/api/filings", body)).json()) as { filing: Filing };
      const path = await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", body.accountName);
      const [mail] = await ts.mail.waitFor(ts.directory.operator.email, `备案已退回修改：${body.accountName}`);
      expect(mail.text).toContain("超过审核时限");
      expect(await ts.system.stores.filings.getFiling(filing.filingId)).toMatchObject({ status: "returned" });
      expect(await ts.system.stores.reviews.getTask(filing.filingId, 1, "first")).toMatchObject({ status: "expired" });
      const late = await new HttpClient(ts.system.app).postForm(path, decisionForm("first", "approve"));
      expect(late.status).toBe(410);
      const history = await ts.system.stores.audit.listAudit(filing.filingId);
      expect(history.at(-1)).toMatchObject({ action: "review_timed_out", actorName: "系统" });
    } finally {
      await ts.system.stop();
    }
  });
});
