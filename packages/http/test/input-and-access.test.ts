import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Filing } from "@beian/core";
import { filingInput } from "../../../test/support/fixtures.js";
import { login } from "../../../test/support/flow.js";
import { HttpClient } from "../../../test/support/http-client.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

let ts: TestSystem;
let operator: HttpClient;

beforeAll(async () => {
  ts = await startTestSystem();
  operator = await login(ts, ts.directory.operator.email);
});
afterAll(() => ts.system.stop());

type ErrorBody = { error: { code: string; message: string; fields?: { field: string; code: string; message: string }[] } };

const unitFilings = async () => (await ts.system.stores.filings.listFilings({ unitIds: [ts.directory.unitId], limit: 100 })).filings.length;

async function expectError(response: Response, status: number, code: string): Promise<ErrorBody> {
  expect(response.status).toBe(status);
  const body = (await response.json()) as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
  return body;
}

describe("bad input gets a 4xx with a Chinese message and a stable code, and changes nothing", () => {
  it("missing, over-long and wrong-enum fields are reported per field", async () => {
    const before = await unitFilings();
    const { accountName: _omit, ...rest } = filingInput();
    const body = await expectError(await operator.post("/api/filings", { ...rest, purpose: "长".repeat(501), verification: "maybe" }), 400, "VALIDATION_FAILED");
    expect(body.error.fields).toEqual(
      expect.arrayContaining([
        { field: "accountName", code: "REQUIRED", message: "账号名称为必填项" },
        { field: "purpose", code: "TOO_LONG", message: "开设宗旨不能超过 500 个字" },
        { field: "verification", code: "INVALID_CHOICE", message: "认证状态的取值无效" },
      ]),
    );
    expect(await unitFilings()).toBe(before);
  });

  it("malformed JSON, wrong content type and oversized bodies", async () => {
    const before = await unitFilings();
    await expectError(await operator.request("POST", "/api/filings", { body: "{\"platform\": ", headers: { "content-type": "application/json" } }), 400, "MALFORMED_JSON");
    await expectError(await operator.request("POST", "/api/filings", { body: "platform=wechat", headers: { "content-type": "application/x-www-form-urlencoded" } }), 415, "UNSUPPORTED_MEDIA_TYPE");
    await expectError(await operator.post("/api/filings", { ...filingInput(), purpose: "大".repeat(70_000) }), 413, "BODY_TOO_LARGE");
    await expectError(await operator.post("/api/filings", [1, 2, 3]), 400, "VALIDATION_FAILED");
    expect(await unitFilings()).toBe(before);
  });

  it("unknown ids and routes are 404", async () => {
    await expectError(await operator.get("/api/filings/00000000-0000-0000-0000-000000000000"), 404, "FILING_NOT_FOUND");
    await expectError(await operator.put("/api/filings/nope", filingInput()), 404, "FILING_NOT_FOUND");
    await expectError(await operator.get("/api/nothing-here"), 404, "NOT_FOUND");
  });

  it("the same platform account filed twice (however it is spelled) is a 409", async () => {
    const first = filingInput({ platform: "weibo", platformAccountId: `https://weibo.com/u/${Date.now()}` });
    expect((await operator.post("/api/filings", first)).status).toBe(201);
    const before = await unitFilings();
    const twin = { ...filingInput({ platform: "weibo" }), platformAccountId: `WEIBO.com/u/${first.platformAccountId.split("/u/")[1]}/`, justification: "另一个账号" };
    await expectError(await operator.post("/api/filings", twin), 409, "DUPLICATE_PLATFORM_ACCOUNT");
    // A second account of the same unit on the same platform needs a justification (国办发〔2018〕123号).
    await expectError(await operator.post("/api/filings", filingInput({ platform: "weibo" })), 409, "JUSTIFICATION_REQUIRED");
    expect(await unitFilings()).toBe(before);
  });

  it("only a returned filing can be resubmitted", async () => {
    const created = await operator.post("/api/filings", filingInput({ platform: "toutiao" }));
    const { filing } = (await created.json()) as { filing: Filing };
    await expectError(await operator.put(`/api/filings/${filing.filingId}`, filing.data), 409, "NOT_RETURNED");
  });
});

describe("who may do what", () => {
  it("every API route but log-in and meta needs a session", async () => {
    const anonymous = new HttpClient(ts.system.app);
    for (const [method, path] of [
      ["GET", "/api/me"],
      ["GET", "/api/filings"],
      ["POST", "/api/filings"],
      ["GET", "/api/filings/x"],
      ["PUT", "/api/filings/x"],
      ["GET", "/api/filings/x/audit/verify"],
    ] as const) {
      const response = await anonymous.request(method, path, method === "GET" ? {} : { json: filingInput() });
      await expectError(response, 401, "UNAUTHENTICATED");
    }
    expect((await anonymous.get("/api/meta")).status).toBe(200);
  });

  it("an operator files only for their own unit and cannot see another unit's filings", async () => {
    const created = await operator.post("/api/filings", { ...filingInput({ platform: "bilibili" }), unitId: ts.directory.otherUnitId });
    await expectError(created, 400, "VALIDATION_FAILED");

    const mine = (await (await operator.post("/api/filings", filingInput({ platform: "bilibili" }))).json()) as { filing: Filing };
    expect(mine.filing.unitId).toBe(ts.directory.unitId);
    const other = await login(ts, ts.directory.otherOperator.email);
    await expectError(await other.get(`/api/filings/${mine.filing.filingId}`), 404, "FILING_NOT_FOUND");
    await expectError(await other.get(`/api/filings/${mine.filing.filingId}/audit/verify`), 404, "FILING_NOT_FOUND");
    const list = (await (await other.get("/api/filings")).json()) as { items: Filing[] };
    expect(list.items.map((f) => f.filingId)).not.toContain(mine.filing.filingId);

    const admin = await login(ts, ts.directory.admin.email);
    expect((await admin.get(`/api/filings/${mine.filing.filingId}`)).status).toBe(200);
    const all = (await (await admin.get("/api/filings")).json()) as { items: (Filing & { unitName: string })[] };
    expect(all.items.find((f) => f.filingId === mine.filing.filingId)?.unitName).toBe("清河县教育局");
    await expectError(await admin.post("/api/filings", filingInput()), 403, "ROLE_REQUIRED");
  });

  it("a reviewer may not file and sees no filing list", async () => {
    const reviewer = await login(ts, ts.directory.reviewers.first.email);
    await expectError(await reviewer.post("/api/filings", filingInput()), 403, "ROLE_REQUIRED");
    await expectError(await reviewer.get("/api/filings"), 403, "ROLE_REQUIRED");
  });

  it("login links are single-use; unknown emails get the same answer and no mail", async () => {
    const client = new HttpClient(ts.system.app);
    const email = ts.directory.operator.email;
    const earlier = (await ts.mail.to(email)).filter((m) => m.subject.includes("登录链接")).length;
    await client.post("/api/auth/login-link", { email });
    const mails = await ts.mail.waitFor(email, "登录链接", earlier + 1);
    const token = new URL(mails.at(-1)!.text.match(/http\S+verify\?token=\S+/)![0]).searchParams.get("token")!;
    const spent = await login(ts, email);
    expect(spent.hasSession()).toBe(true);
    const first = await client.postForm("/auth/verify", [["token", token]]);
    const second = await client.postForm("/auth/verify", [["token", token]]);
    expect([first.status, second.status]).toEqual([303, 410]);

    const stranger = `nobody-${Date.now()}@example.com`;
    expect((await client.post("/api/auth/login-link", { email: stranger })).status).toBe(202);
    await expectError(await client.post("/api/auth/login-link", { email: "not an email" }), 400, "VALIDATION_FAILED");
    expect(await ts.mail.to(stranger)).toEqual([]);
  });

  it("me shows the person and unit; logout ends the session", async () => {
    const client = await login(ts, ts.directory.operator.email);
    const me = (await (await client.get("/api/me")).json()) as { person: { name: string; roles: string[]; unit: { name: string } } };
    expect(me.person).toMatchObject({ name: "王芳", roles: ["operator"], unit: { name: "清河县教育局" } });
    const kept = client.session;
    expect((await client.request("POST", "/api/auth/logout")).status).toBe(204);
    await expectError(await client.get("/api/me"), 401, "UNAUTHENTICATED");
    // The session is ended on the server too: a copy of the old cookie no longer works.
    const replay = new HttpClient(ts.system.app);
    replay.session = kept;
    await expectError(await replay.get("/api/me"), 401, "SESSION_EXPIRED");
  });
});
