import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Filing } from "@beian/core";
import { filingInput } from "../../../test/support/fixtures.js";
import { login } from "../../../test/support/flow.js";
import type { HttpClient } from "../../../test/support/http-client.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

let ts: TestSystem;
let operator: HttpClient;
let admin: HttpClient;
const mine: Filing[] = [];

beforeAll(async () => {
  ts = await startTestSystem();
  operator = await login(ts, ts.directory.operator.email);
  admin = await login(ts, ts.directory.admin.email);
  for (const platform of ["weibo", "douyin", "kuaishou"] as const) {
    mine.push(((await (await operator.post("/api/filings", filingInput({ platform }))).json()) as { filing: Filing }).filing);
  }
  const other = await login(ts, ts.directory.otherOperator.email);
  await other.post("/api/filings", filingInput({ platform: "weibo" }));
  expect((await operator.post(`/api/filings/${mine[0].filingId}/withdraw`, { reason: "重复" })).status).toBe(200);
});
afterAll(() => ts.system.stop());

type Page = { items: Filing[]; nextCursor?: string };
const page = async (client: HttpClient, query: string) => {
  const response = await client.get(`/api/filings?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
};

describe("备案管理 / 我的备案 in pages", () => {
  it("pages newest first by an opaque cursor, and filters by status", async () => {
    const first = await page(operator, "limit=2");
    expect(first.items.map((f) => f.filingId)).toEqual([mine[2].filingId, mine[1].filingId]);
    const second = await page(operator, `limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((f) => f.filingId)).toEqual([mine[0].filingId]);
    expect(second.nextCursor).toBeUndefined();
    expect((await page(operator, "status=withdrawn")).items.map((f) => f.filingId)).toEqual([mine[0].filingId]);
    expect((await operator.get("/api/filings?cursor=not-a-cursor")).status).toBe(400);
    expect((await operator.get("/api/filings?status=nonsense")).status).toBe(400);
  });

  it("shows an operator their unit only, and lets the admin narrow to a unit", async () => {
    expect((await page(operator, "")).items.every((f) => f.unitId === ts.directory.unitId)).toBe(true);
    expect((await operator.get(`/api/filings?unitId=${ts.directory.otherUnitId}`)).status).toBe(403);
    const all = await page(admin, "");
    expect(new Set(all.items.map((f) => f.unitId))).toEqual(new Set([ts.directory.unitId, ts.directory.otherUnitId]));
    const narrowed = await page(admin, `unitId=${ts.directory.otherUnitId}`);
    expect(narrowed.items).toHaveLength(1);
  });
});
