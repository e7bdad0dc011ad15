import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "@beian/http";
import type { PublicAccount } from "@beian/core";
import { PUBLIC_RATE } from "../src/routes/public-register.js";
import { login } from "../../../test/support/flow.js";
import { HttpClient } from "../../../test/support/http-client.js";
import { importAccounts, importRow, setAccountStatus } from "../../../test/support/register.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

// A clock that does not move, so the rate limiter never refills during a test.
const NOW = new Date();
let ts: TestSystem;
let admin: HttpClient;

beforeAll(async () => {
  // In-process requests have no socket: the test names the peer the platform would vouch for.
  ts = await startTestSystem({ clock: { now: () => NOW }, clientAddress: clientAddress((c) => c.req.header("x-test-peer")) });
  admin = await login(ts, ts.directory.admin.email);
});
afterAll(() => ts.system.stop());

/** Each test is its own client address (as the platform sees it), so their rate-limit buckets are apart. */
function publicClient(peer = `2001:db8::${randomUUID().slice(0, 4)}`) {
  const client = new HttpClient(ts.system.app);
  // A fresh X-Forwarded-For on every request: a client can send anything there, and it must not matter.
  return (path: string) => client.request("GET", path, { headers: { "x-test-peer": peer, "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}` } });
}

type VerifyAnswer = { query: string; found: boolean; matches: PublicAccount[] };

describe("账号核验 (public, no login)", () => {
  it("answers filed, cancelled and unknown accounts by URL, id, name or number, and shows nothing private", async () => {
    const get = publicClient();
    const tag = randomUUID().slice(0, 8);
    const rows = [
      importRow(ts.directory.unitId, { 账号名称: `清河教育${tag}`, 平台类型: "微博", 平台账号或网址: `https://weibo.com/u/${tag}` }),
      importRow(ts.directory.unitId, { 账号名称: `清河旧号${tag}` }),
    ];
    const [filed, old] = await importAccounts(admin, rows);
    const cancelled = await setAccountStatus(ts.system.stores, old.accountId, "cancelled", "机构改革，账号停止运营");

    for (const q of [`HTTPS://www.weibo.com/u/${tag}/`, `weibo.com/u/${tag}?from=share`, `清河教育${tag}`, filed.filingNumber]) {
      const response = await get(`/api/public/verify?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
      const answer = (await response.json()) as VerifyAnswer;
      expect(answer.found, q).toBe(true);
      expect(answer.matches).toEqual([
        expect.objectContaining({ accountName: `清河教育${tag}`, unitName: "清河县教育局", filingNumber: filed.filingNumber, status: "filed", statusLabel: "已备案", platformLabel: "微博" }),
      ]);
    }

    const gone = (await (await get(`/api/public/verify?q=${encodeURIComponent(rows[1].平台账号或网址)}`)).json()) as VerifyAnswer;
    expect(gone.matches).toEqual([expect.objectContaining({ statusLabel: "已注销", cancelledAt: cancelled.cancelledAt, cancelReason: "机构改革，账号停止运营" })]);

    const unknown = (await (await get(`/api/public/verify?q=${encodeURIComponent(`https://weibo.com/u/nobody-${tag}`)}`)).json()) as VerifyAnswer;
    expect(unknown).toEqual({ query: `https://weibo.com/u/nobody-${tag}`, found: false, matches: [] });
    // A prefix is not a match: verification needs the whole id, URL, name or number.
    expect(((await (await get(`/api/public/verify?q=${encodeURIComponent(`清河教育${tag.slice(0, 4)}`)}`)).json()) as VerifyAnswer).found).toBe(false);

    const everything = JSON.stringify([gone, await (await get(`/api/public/verify?q=${encodeURIComponent(filed.filingNumber)}`)).json()]);
    for (const secret of ["13800000011", "13800000012", "李明", "王芳", "@example.gov.cn", "leader", "administrators"]) expect(everything).not.toContain(secret);

    const empty = await get("/api/public/verify?q=%20%20");
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { message: string } }).error.message).toMatch(/请输入/);
  });

  it("lists cancelled accounts publicly (注销公告) without private fields", async () => {
    const get = publicClient();
    const created = await importAccounts(admin, [importRow(ts.directory.otherUnitId), importRow(ts.directory.otherUnitId)]);
    for (const c of created) await setAccountStatus(ts.system.stores, c.accountId, "cancelled", "不再使用");
    const response = await get("/api/public/cancelled");
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: PublicAccount[] };
    const numbers = items.map((i) => i.filingNumber);
    expect(numbers).toEqual(expect.arrayContaining(created.map((c) => c.filingNumber)));
    expect(items.every((i) => i.statusLabel === "已注销" && i.cancelledAt)).toBe(true);
    expect(JSON.stringify(items)).not.toMatch(/1380000|@example|administrators/);
  });

  it("answers 429 in Chinese once a client exceeds its allowance, other clients unaffected", async () => {
    const get = publicClient();
    const statuses: number[] = [];
    for (let i = 0; i < PUBLIC_RATE.capacity + 2; i++) statuses.push((await get("/api/public/verify?q=nothing-here")).status);
    expect(statuses.slice(0, PUBLIC_RATE.capacity).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(PUBLIC_RATE.capacity)).toEqual([429, 429]);
    const limited = await get("/api/public/cancelled");
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ error: { code: "RATE_LIMITED", message: "查询过于频繁，请稍后再试" } });
    expect((await publicClient()("/api/public/verify?q=nothing-here")).status).toBe(200);
  });
});
