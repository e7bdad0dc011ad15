import { describe, expect, it } from "vitest";
import type { Filing } from "@beian/core";
import { filingInput } from "../../../test/support/fixtures.js";
import { decide, decisionForm, login, reviewLink } from "../../../test/support/flow.js";
import { HttpClient } from "../../../test/support/http-client.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

/** The same tables and the same link secret: what `npm start` finds after a hard kill. */
const restartOf = (before: TestSystem) => startTestSystem({ tableName: before.tableName, journalTableName: before.journalTableName, directory: before.directory });

describe("a process killed between a write and what must follow it loses nothing", () => {
  it("a filing committed just before the kill, whose review never started, starts after the restart", async () => {
    const before = await startTestSystem();
    const operator = await login(before, before.directory.operator.email);
    // The process dies the instant after the commit: nothing that follows it runs.
    before.system.services.effects.run = async () => {};
    const body = filingInput();
    const submitted = await operator.post("/api/filings", body);
    expect(submitted.status).toBe(201);
    const { filing } = (await submitted.json()) as { filing: Filing };
    expect(await before.system.stores.reviews.listTasks(filing.filingId)).toEqual([]);
    await before.system.stop();

    const after = await restartOf(before);
    try {
      // What the local runtime does first on every start: carry out what was committed but not done.
      expect(await after.system.services.effects.sweep({ reclaim: true })).toBeGreaterThanOrEqual(1);
      for (const stage of ["first", "second", "final"] as const) await decide(after, body.accountName, stage, "approve");
      await after.mail.waitFor(after.directory.operator.email, `备案已备案：${body.accountName}`);
      expect((await after.system.stores.filings.getFiling(filing.filingId))?.status).toBe("filed");
      expect(await after.system.services.effects.sweep()).toBe(0);
    } finally {
      await after.system.stop();
    }
  });

  it("a review mail sent but not marked sent before the kill is sent again with the same link; the first mail's link decides", async () => {
    const before = await startTestSystem();
    const reviews = before.system.stores.reviews;
    // The kill comes right after the SMTP server accepted the mail, before it is marked sent.
    reviews.markLinkMailed = async () => {
      throw new Error("killed");
    };
    const operator = await login(before, before.directory.operator.email);
    const body = filingInput();
    const { filing } = (await (await operator.post("/api/filings", body)).json()) as { filing: Filing };
    const firstMailPath = await reviewLink(before.mail, before.directory.reviewers.first.email, "first", body.accountName);
    await before.system.stop();

    const after = await restartOf(before);
    try {
      await after.system.engine.resumeAll();
      await after.system.services.effects.sweep({ reclaim: true });
      // Re-sent (the mark never happened), and the same link both times.
      const secondMailPath = await reviewLink(after.mail, after.directory.reviewers.first.email, "first", body.accountName, 2);
      expect(secondMailPath).toBe(firstMailPath);
      expect((await new HttpClient(after.system.app).postForm(firstMailPath, decisionForm("first", "approve"))).status).toBe(200);
      await decide(after, body.accountName, "second", "approve");
      await decide(after, body.accountName, "final", "approve");
      await after.mail.waitFor(after.directory.operator.email, `备案已备案：${body.accountName}`);
      expect((await after.system.stores.filings.getFiling(filing.filingId))?.status).toBe("filed");
    } finally {
      await after.system.stop();
    }
  });
});
