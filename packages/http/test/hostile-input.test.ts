import http from "node:http";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Filing } from "@beian/core";
import { freePort } from "../../../packages/local-runtime/src/free-port.js";
import { filingInput } from "../../../test/support/fixtures.js";
import { login, reviewLink } from "../../../test/support/flow.js";
import { HttpClient } from "../../../test/support/http-client.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

let ts: TestSystem;
let operator: HttpClient;
let admin: HttpClient;
let account: string;

type ErrorBody = { error: { code: string; message: string; fields?: { field: string; code: string; message: string }[] } };
const HAN = /[\u4e00-\u9fff]/;

beforeAll(async () => {
  ts = await startTestSystem();
  operator = await login(ts, ts.directory.operator.email);
  admin = await login(ts, ts.directory.admin.email);
  const imported = await admin.request("POST", "/api/register/import", {
    headers: { "content-type": "text/csv" },
    body: (await import("../../../test/support/register.js")).csvOf([(await import("../../../test/support/register.js")).importRow(ts.directory.unitId)]),
  });
  expect(imported.status).toBe(201);
  account = ((await imported.json()) as { created: { accountId: string }[] }).created[0].accountId;
});
afterAll(() => ts.system.stop());


async function expectError(response: Response, status: number, code: string): Promise<ErrorBody> {
  const body = (await response.json()) as ErrorBody;
  expect(response.status, JSON.stringify(body)).toBe(status);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(HAN);
  for (const field of body.error.fields ?? []) expect(field.message, field.field).toMatch(HAN);
  return body;
}

describe("bodies that used to answer 500", () => {
  it("refuses JSON nested 20,000 levels deep with a 400, on every JSON route, changing nothing", async () => {
    const deep = "[".repeat(20_000) + "]".repeat(20_000);
    const custody = await operator.request("PUT", `/api/accounts/${account}/custody`, { headers: { "content-type": "application/json" }, body: deep });
    await expectError(custody, 400, "JSON_TOO_DEEP");
    await expectError(await operator.request("POST", "/api/filings", { headers: { "content-type": "application/json" }, body: `{"a":${deep}}` }), 400, "JSON_TOO_DEEP");
    expect((await ts.system.stores.accounts.getAccount(account))?.custody).toBeUndefined();
  });

  it("answers malformed multipart bodies on the server-rendered forms with the page's 400, not a 500", async () => {
    const name = (await (await operator.post("/api/filings", filingInput({ justification: "专项" }))).json()) as { filing: Filing };
    const path = await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", name.filing.data.accountName);
    const reviewer = new HttpClient(ts.system.app);
    const broken = [
      { type: "multipart/form-data", body: "decision=approve" },
      { type: "multipart/form-data; boundary=xyz", body: "--xyz\r\nContent-Disposition: form-data; name=\"decision\"\r\n\r\napprove" },
      { type: "multipart/form-data; boundary=xyz", body: "--xyz\r\nContent-Disposition: form-data\r\n\r\nx\r\n--xyz--\r\n" },
    ];
    for (const { type, body } of broken) {
      for (const target of [path, "/auth/verify"]) {
        const response = await reviewer.request("POST", target, { headers: { "content-type": type }, body });
        expect(response.status, `${target} ${type}`).toBeGreaterThanOrEqual(400);
        expect(response.status, `${target} ${type}`).toBeLessThan(500);
        expect(response.headers.get("content-type")).toContain("text/html");
        expect(await response.text()).toMatch(HAN);
      }
    }
    expect((await ts.system.stores.reviews.getTask(name.filing.filingId, 1, "first"))?.status).toBe("pending");
  });

  it("refuses impossible calendar dates everywhere a date is taken", async () => {
    const outsourced = filingInput({ operationMode: "outsourced", contractor: { name: "清河传媒", contractEndDate: "2027-02-30" }, justification: "专项" });
    const filing = await expectError(await operator.post("/api/filings", outsourced), 400, "VALIDATION_FAILED");
    expect(filing.error.fields?.[0]).toMatchObject({ field: "contractor.contractEndDate", code: "INVALID_DATE" });
    const custody = await expectError(await operator.put(`/api/accounts/${account}/custody`, { holders: [{ name: "王芳", devices: [] }], lastPasswordChangeAt: "2026-02-31" }), 400, "VALIDATION_FAILED");
    expect(custody.error.fields?.[0]).toMatchObject({ field: "lastPasswordChangeAt", code: "INVALID_DATE" });
  });

  it("says every validation message in Chinese, with no second English field error", async () => {
    await expectError(await operator.post("/api/credential-tasks/no-such-task/complete", { rotatedOn: "2026/12/02", devicesUnbound: true }), 404, "CREDENTIAL_TASK_NOT_FOUND");
    const odd = await expectError(await operator.post("/api/filings", { ...filingInput(), administrators: "王芳", leader: 7, verification: null }), 400, "VALIDATION_FAILED");
    const messages = [odd.error.message, ...(odd.error.fields ?? []).map((f) => f.message)];
    for (const message of messages) expect(message).not.toMatch(/[A-Za-z]{3,}/);
    expect(odd.error.fields?.find((f) => f.field === "leader")).toMatchObject({ code: "INVALID_TYPE", message: "主管领导格式不正确" });
  });

  it("matches nothing for a text search that normalizes to no key, instead of listing the whole register", async () => {
    for (const q of ["#x", "?", "#", "   "]) {
      const list = (await (await admin.get(`/api/register?q=${encodeURIComponent(q)}`)).json()) as { items: unknown[] };
      if (q.trim()) expect(list.items, q).toEqual([]);
    }
    const all = (await (await admin.get("/api/register")).json()) as { items: unknown[] };
    expect(all.items.length).toBeGreaterThan(0);
  });

  it("matches a filing number by its digits alone", async () => {
    const stored = await ts.system.stores.accounts.getAccount(account);
    const digits = stored!.filingNumber.split("-").at(-1)!;
    const list = (await (await admin.get(`/api/register?q=${digits}`)).json()) as { items: { accountId: string }[] };
    expect(list.items.map((i) => i.accountId)).toContain(account);
  });
});

describe("an oversized upload over a real socket", () => {
  let server: ServerType;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    server = serve({ fetch: ts.system.app.fetch, hostname: "127.0.0.1", port });
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  function send(agent: http.Agent, method: string, path: string, cookie: string, body?: Buffer): Promise<{ status: number; socket: unknown }> {
    return new Promise((resolve, reject) => {
      const headers = { cookie, ...(body ? { "content-type": "text/csv", "content-length": String(body.length) } : {}) };
      const request = http.request({ host: "127.0.0.1", port, method, path, agent, headers }, (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode!, socket: request.socket }));
      });
      request.on("error", reject);
      request.end(body);
    });
  }

  it("is refused with 413 and the keep-alive connection stays usable for the next request", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const big = await send(agent, "POST", "/api/register/import", admin.session, Buffer.alloc(3 * 1024 * 1024, 65));
    expect(big.status).toBe(413);
    const next = await send(agent, "GET", "/api/me", admin.session);
    expect(next.status).toBe(200);
    expect(next.socket).toBe(big.socket);
    agent.destroy();
  });
});

describe("abuse", () => {
  it("refuses a cross-site POST to a cookie route, and accepts the same request from this site", async () => {
    const evil = await operator.request("POST", "/api/filings", { json: filingInput({ justification: "专项" }), headers: { origin: "https://evil.example" } });
    await expectError(evil, 403, "ORIGIN_NOT_ALLOWED");
    const crossSite = await operator.request("POST", "/api/filings", { json: filingInput({ justification: "专项" }), headers: { "sec-fetch-site": "cross-site" } });
    await expectError(crossSite, 403, "ORIGIN_NOT_ALLOWED");
    const own = await operator.request("POST", "/api/filings", { json: filingInput({ justification: "专项" }), headers: { origin: "http://beian.test" } });
    expect(own.status).toBe(201);
  });

  it("sends an address at most 5 log-in links per 10 minutes, and answers unknown addresses the same way", async () => {
    const limited = await startTestSystem({ loginLinksPerWindow: 5 });
    try {
      const client = new HttpClient(limited.system.app);
      const email = limited.directory.reviewers.final.email;
      const answers = await Promise.all(Array.from({ length: 25 }, () => client.post("/api/auth/login-link", { email })));
      expect(answers.filter((r) => r.status === 202)).toHaveLength(5);
      const refused = answers.find((r) => r.status === 429)!;
      await expectError(refused, 429, "RATE_LIMITED");
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect((await limited.mail.to(email)).filter((m) => m.subject.includes("登录链接"))).toHaveLength(5);
      const unknown = await Promise.all(Array.from({ length: 6 }, () => client.post("/api/auth/login-link", { email: `nobody-${Date.now()}@x.cn` })));
      expect(unknown.map((r) => r.status).sort()).toEqual([202, 202, 202, 202, 202, 429]);
    } finally {
      await limited.system.stop();
    }
  });

  it("ends every session of a deactivated person, also after reactivation", async () => {
    const person = ts.directory.otherOperator;
    const session = await login(ts, person.email);
    expect((await session.get("/api/me")).status).toBe(200);
    expect((await admin.post(`/api/directory/people/${person.personId}/deactivate`, {})).status).toBe(200);
    expect((await admin.post(`/api/directory/people/${person.personId}/reactivate`, {})).status).toBe(200);
    await expectError(await session.get("/api/me"), 401, "SESSION_EXPIRED");
    expect((await (await login(ts, person.email)).get("/api/me")).status).toBe(200);
  });
});
