import type { WordEntry } from "@beian/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login } from "../../../test/support/flow.js";
import type { HttpClient } from "../../../test/support/http-client.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

let ts: TestSystem;
let admin: HttpClient;
let operator: HttpClient;

beforeAll(async () => {
  ts = await startTestSystem();
  admin = await login(ts, ts.directory.admin.email);
  operator = await login(ts, ts.directory.operator.email);
}, 120_000);
afterAll(() => ts.system.stop());

const check = async (body: string) => ((await (await operator.post("/api/content/check", { title: "", body })).json()) as { dictionaryVersion: number; hits: { entryId: string; text: string }[] });

describe("the 错敏词 dictionary, kept by the registry office", () => {
  it("adds an entry, disables a starter entry and whitelists a phrase; each change is audited and takes effect at once", async () => {
    const before = await check("请到县工商局办理，本镇新词测试。");
    expect(before.hits.map((h) => h.text)).toEqual(["工商局"]);

    const added = await admin.post("/api/word-dictionary/entries", { wrong: "新词测试", suggestion: "新词", category: "自定义", severity: "serious", source: "县网信办通知" });
    expect(added.status).toBe(201);
    const { entry } = (await added.json()) as { entry: WordEntry };
    expect((await check("本镇新词测试。")).hits.map((h) => h.entryId)).toEqual([entry.entryId]);

    const starter = (await check("工商局")).hits[0].entryId;
    expect((await admin.post(`/api/word-dictionary/entries/${starter}/enabled`, { enabled: false, reason: "本地仍保留该机构简称" })).status).toBe(200);
    expect((await check("工商局")).hits).toEqual([]);

    expect((await admin.post("/api/word-dictionary/whitelist", { phrase: "新词测试报告", reason: "文件标题" })).status).toBe(201);
    expect((await check("新词测试报告")).hits).toEqual([]);

    const after = await check("");
    expect(after.dictionaryVersion).toBe(before.dictionaryVersion + 3);
    const history = (await (await admin.get("/api/word-dictionary/history")).json()) as { records: { action: string; actorName: string }[]; verdict: { ok: boolean } };
    expect(history.records.map((r) => r.action)).toEqual(["word_whitelisted", "word_entry_disabled", "word_entry_added"]);
    expect(history.records[0].actorName).toBe(ts.directory.admin.name);
    expect(history.verdict.ok).toBe(true);
  });

  it("refuses operators and bad entries", async () => {
    expect((await operator.post("/api/word-dictionary/entries", { wrong: "x", suggestion: "y", category: "c", severity: "serious", source: "s" })).status).toBe(403);
    const bad = await admin.post("/api/word-dictionary/entries", { wrong: "", suggestion: "y", category: "c", severity: "fatal", source: "s" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fields: { field: string }[] } }).error.fields.map((f) => f.field).sort()).toEqual(["severity", "wrong"]);
    expect((await admin.post("/api/word-dictionary/entries/no-such/enabled", { enabled: false, reason: "x" })).status).toBe(404);
  });
});
