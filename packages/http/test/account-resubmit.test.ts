import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Account, Filing, Platform } from "@beian/core";
import { filingInput } from "../../../test/support/fixtures.js";
import { decide, login } from "../../../test/support/flow.js";
import { HttpClient } from "../../../test/support/http-client.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

let ts: TestSystem;
let operator: HttpClient;
const platforms: Platform[] = ["wechat", "weibo", "douyin"];

beforeAll(async () => {
  ts = await startTestSystem();
  operator = await login(ts, ts.directory.operator.email);
});
afterAll(() => ts.system.stop());

async function filedAccount(): Promise<Account> {
  const body = filingInput({ platform: platforms.shift()! });
  const response = await operator.post("/api/filings", body);
  expect(response.status).toBe(201);
  for (const stage of ["first", "second", "final"] as const) await decide(ts, body.accountName, stage, "approve");
  const { filing } = (await response.json()) as { filing: Filing };
  const filed = (await ts.system.stores.filings.getFiling(filing.filingId))!;
  expect(filed.status).toBe("filed");
  return (await ts.system.stores.accounts.getAccount(filed.accountId!))!;
}

const filingOf = async (response: Response) => ((await response.json()) as { filing: Filing }).filing;

describe("修改后重新提交 of a returned 变更 / 注销 filing (PUT /api/filings/:id)", () => {
  it("a returned change is resubmitted with its own body shape and starts round 2", async () => {
    const acc = await filedAccount();
    const data = { ...acc.data, leader: { ...acc.data.leader, name: "赵强" } };
    const change = await filingOf(await operator.post(`/api/accounts/${acc.accountId}/changes`, { data, reason: "领导调整" }));
    await decide(ts, acc.accountName, "first", "return", { comment: "请写明任职文件", nth: 2 });
    await expect.poll(async () => (await ts.system.stores.filings.getFiling(change.filingId))!.status).toBe("returned");

    // An open filing's body is not a change's: refused per field, nothing changed.
    const wrong = await operator.put(`/api/filings/${change.filingId}`, data);
    expect(wrong.status).toBe(400);
    expect((await ts.system.stores.filings.getFiling(change.filingId))!.status).toBe("returned");

    const resubmitted = await operator.put(`/api/filings/${change.filingId}`, { data, reason: "领导调整（县委任〔2026〕3号）" });
    expect(resubmitted.status).toBe(200);
    expect(await filingOf(resubmitted)).toMatchObject({ kind: "change", round: 2, status: "in_review", reason: "领导调整（县委任〔2026〕3号）" });
  });

  it("a returned cancellation is resubmitted with a new reason", async () => {
    const acc = await filedAccount();
    const cancel = await filingOf(await operator.post(`/api/accounts/${acc.accountId}/cancellation`, { reason: "不用了" }));
    await decide(ts, acc.accountName, "first", "return", { comment: "请说明撤并依据", nth: 2 });
    await expect.poll(async () => (await ts.system.stores.filings.getFiling(cancel.filingId))!.status).toBe("returned");

    const empty = await operator.put(`/api/filings/${cancel.filingId}`, { reason: " " });
    expect(empty.status).toBe(400);
    const resubmitted = await operator.put(`/api/filings/${cancel.filingId}`, { reason: "机构撤并，职能并入县融媒体中心" });
    expect(resubmitted.status).toBe(200);
    expect(await filingOf(resubmitted)).toMatchObject({ kind: "cancel", round: 2, status: "in_review", reason: "机构撤并，职能并入县融媒体中心" });
  });
});
