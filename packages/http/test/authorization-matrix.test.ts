import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Filing } from "@beian/core";
import { createApp } from "@beian/http";
import { draftInput } from "../../../test/support/content.js";
import { filingInput } from "../../../test/support/fixtures.js";
import { decide, login } from "../../../test/support/flow.js";
import { HttpClient } from "../../../test/support/http-client.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

/**
 * Every route × role, own unit and another unit. "ok" means the role is let through (any answer
 * but 401/403/404 and never a 500); a number is the exact refusal. A route missing from this
 * table fails the first test, so no route ships without a rule.
 */
type Expect = "ok" | 401 | 403 | 404;
type Row = {
  expect: [anonymous: Expect, ownOperator: Expect, otherOperator: Expect, reviewer: Expect, admin: Expect];
  body?: (ids: Ids) => unknown;
  /** Review pages take the confirm page's form, not JSON. */
  form?: [string, string][];
  path?: (ids: Ids) => string;
};
type Ids = { filingId: string; accountId: string; unitId: string; personId: string; reviewerId: string; draftId: string; year: number };

const A = "ok" as const;
const ROLES = ["anonymous", "ownOperator", "otherOperator", "reviewer", "admin"] as const;

const MATRIX: Record<string, Row> = {
  "POST /api/auth/login-link": { expect: [A, A, A, A, A], body: () => ({ email: "nobody@example.com" }) },
  "POST /api/auth/logout": { expect: [A, A, A, A, A] },
  "GET /api/me": { expect: [401, A, A, A, A] },
  "GET /api/meta": { expect: [A, A, A, A, A] },
  "GET /api/filings": { expect: [401, A, A, 403, A] },
  "POST /api/filings": { expect: [401, A, A, 403, 403], body: () => filingInput({ platform: "other" }) },
  "GET /api/filings/:id": { expect: [401, A, 404, 404, A] },
  "PUT /api/filings/:id": { expect: [401, A, 404, 403, 403], body: () => filingInput() },
  "GET /api/filings/:id/audit/verify": { expect: [401, A, 404, 404, A] },
  "POST /api/filings/:id/withdraw": { expect: [401, A, 404, 403, 403], body: () => ({ reason: "重复提交" }) },
  "POST /api/accounts/:id/changes": { expect: [401, A, 404, 403, 403], body: () => ({ data: filingInput(), reason: "调整" }) },
  "POST /api/accounts/:id/cancellation": { expect: [401, A, 404, 403, 403], body: () => ({ reason: "撤并" }) },
  "POST /api/accounts/:id/suspend": { expect: [401, 403, 403, 403, A], body: () => ({ reason: "检查" }) },
  "POST /api/accounts/:id/restore": { expect: [401, 403, 403, 403, A], body: () => ({ reason: "整改" }) },
  "GET /api/register": { expect: [401, A, A, 403, A] },
  "GET /api/register/accounts/:id": { expect: [401, A, 404, 403, A] },
  "GET /api/register/export.csv": { expect: [401, A, A, 403, A] },
  "GET /api/register/export.xlsx": { expect: [401, A, A, 403, A] },
  "POST /api/register/import": { expect: [401, 403, 403, 403, A] },
  "GET /api/register/import-template.xlsx": { expect: [401, 403, 403, 403, A] },
  "GET /api/public/verify": { expect: [A, A, A, A, A], path: () => "/api/public/verify?q=gh_nothing" },
  "GET /api/public/cancelled": { expect: [A, A, A, A, A] },
  "GET /api/accounts/:id/custody": { expect: [401, A, 404, 404, A] },
  "PUT /api/accounts/:id/custody": { expect: [401, A, 404, 404, A], body: () => ({ holders: [], lastPasswordChangeAt: "2026-01-01" }) },
  "GET /api/credential-tasks": { expect: [401, A, A, 403, A] },
  "POST /api/credential-tasks/:taskId/complete": { expect: [401, 404, 404, 404, 404], body: () => ({ rotatedOn: "2026-11-01", devicesUnbound: true }) },
  "GET /api/contracts/expiring": { expect: [401, 403, 403, 403, A] },
  "GET /api/directory/units": { expect: [401, 403, 403, 403, A] },
  "POST /api/directory/units": { expect: [401, 403, 403, 403, A], body: () => ({ name: "新设单位" }) },
  "PUT /api/directory/units/:id": { expect: [401, 403, 403, 403, A], body: () => ({ name: "清河县教育局" }) },
  "GET /api/directory/units/:id/descendants": { expect: [401, 403, 403, 403, A] },
  "GET /api/directory/people": { expect: [401, 403, 403, 403, A] },
  "POST /api/directory/people": { expect: [401, 403, 403, 403, A], body: () => ({ name: "新人", email: `new-${Date.now()}@t.cn`, unitId: "u", roles: ["operator"] }) },
  "PUT /api/directory/people/:id": { expect: [401, 403, 403, 403, A], body: () => ({ name: "王芳", email: "x@t.cn", unitId: "u", roles: ["operator"] }) },
  "POST /api/directory/people/:id/deactivate": { expect: [401, 403, 403, 403, A], path: (ids) => `/api/directory/people/${ids.reviewerId}/deactivate` },
  "POST /api/directory/people/:id/reactivate": { expect: [401, 403, 403, 403, A], path: (ids) => `/api/directory/people/${ids.reviewerId}/reactivate` },
  "GET /api/directory/audit": { expect: [401, 403, 403, 403, A] },
  "GET /api/review-chains": { expect: [401, 403, 403, 403, A] },
  "GET /api/review-chains/:kind": { expect: [401, 403, 403, 403, A], path: () => "/api/review-chains/filing" },
  "PUT /api/review-chains/:kind/:scope": { expect: [401, 403, 403, 403, A], path: () => "/api/review-chains/filing/default", body: (ids) => ({ first: [ids.reviewerId], second: [ids.reviewerId], final: [ids.reviewerId] }) },
  "DELETE /api/review-chains/:kind/:scope": { expect: [401, 403, 403, 403, A], path: () => "/api/review-chains/filing/default" },
  "GET /api/reviews/mine": { expect: [401, 403, 403, A, 403] },
  "GET /api/reviews/reviewers": { expect: [401, 403, 403, A, A] },
  "GET /api/reviews/pending": { expect: [401, 403, 403, 403, A] },
  "GET /api/reviews/stuck": { expect: [401, 403, 403, 403, A] },
  "POST /api/reviews/:kind/:itemId/:stage/reassign": { expect: [401, 403, 403, 403, A], path: (ids) => `/api/reviews/filing/${ids.filingId}/first/reassign`, body: (ids) => ({ reviewerId: ids.reviewerId }) },
  "POST /api/reviews/:kind/:itemId/restart": { expect: [401, 403, 403, 403, A], path: (ids) => `/api/reviews/filing/${ids.filingId}/restart`, body: () => ({ reason: "流程异常" }) },
  "POST /api/reviews/:kind/:itemId/withdraw": { expect: [401, A, 404, 403, 403], path: (ids) => `/api/reviews/filing/${ids.filingId}/withdraw`, body: () => ({ reason: "重复提交" }) },
  "GET /api/me/delegation": { expect: [401, 403, 403, A, 403] },
  "PUT /api/me/delegation": { expect: [401, 403, 403, A, 403], body: (ids) => ({ deputyId: ids.reviewerId }) },
  "DELETE /api/me/delegation": { expect: [401, 403, 403, A, 403] },
  "GET /api/content/drafts": { expect: [401, A, A, 403, A] },
  "POST /api/content/drafts": { expect: [401, A, A, 403, 403], body: (ids) => draftInput([ids.accountId]) },
  "GET /api/content/drafts/:id": { expect: [401, A, 404, 404, A], path: (ids) => `/api/content/drafts/${ids.draftId}` },
  "PUT /api/content/drafts/:id": { expect: [401, A, 404, 403, 403], path: (ids) => `/api/content/drafts/${ids.draftId}`, body: (ids) => draftInput([ids.accountId], { title: "授权矩阵稿件" }) },
  "POST /api/content/drafts/:id/submit": { expect: [401, A, 404, 403, 403], path: (ids) => `/api/content/drafts/${ids.draftId}/submit` },
  "POST /api/content/drafts/:id/publications": { expect: [401, A, 404, 403, 403], path: (ids) => `/api/content/drafts/${ids.draftId}/publications`, body: (ids) => ({ accountId: ids.accountId, url: "https://example.gov.cn/a", publishedAt: new Date().toISOString() }) },
  "GET /api/content/drafts/:id/audit/verify": { expect: [401, A, 404, 404, A], path: (ids) => `/api/content/drafts/${ids.draftId}/audit/verify` },
  "GET /api/content/drafts/:id/record": { expect: [401, A, 404, 404, A], path: (ids) => `/api/content/drafts/${ids.draftId}/record` },
  "POST /api/content/check": { expect: [401, A, A, 403, A], body: () => ({ title: "", body: "北朝鲜" }) },
  "POST /api/content/manual-publications": { expect: [401, A, 404, 403, 403], body: (ids) => ({ accountId: ids.accountId, title: "系统外发布", publishedAt: new Date().toISOString() }) },
  "GET /api/content/accounts/:id/publications": { expect: [401, A, 404, 404, A] },
  "GET /api/word-dictionary": { expect: [401, 403, 403, 403, A] },
  "POST /api/word-dictionary/entries": { expect: [401, 403, 403, 403, A], body: () => ({ wrong: "矩阵词", suggestion: "词", category: "自定义", severity: "notice", source: "测试" }) },
  "POST /api/word-dictionary/entries/:id/enabled": { expect: [401, 403, 403, 403, A], path: () => "/api/word-dictionary/entries/ty-001/enabled", body: () => ({ enabled: false, reason: "测试" }) },
  "POST /api/word-dictionary/whitelist": { expect: [401, 403, 403, 403, A], body: () => ({ phrase: "矩阵词组", reason: "测试" }) },
  "GET /api/word-dictionary/history": { expect: [401, 403, 403, 403, A] },
  "GET /api/update-monitor": { expect: [401, A, A, 403, A] },
  "GET /api/reports": { expect: [401, A, A, 403, A] },
  "GET /api/reports/dashboard": { expect: [401, A, 403, 403, A], path: (ids) => `/api/reports/dashboard?unitId=${ids.unitId}` },
  "GET /api/reports/export.csv": { expect: [401, A, 403, 403, A], path: (ids) => `/api/reports/export.csv?table=register.byUnit&unitId=${ids.unitId}` },
  "GET /api/reports/export.xlsx": { expect: [401, A, 403, 403, A], path: (ids) => `/api/reports/export.xlsx?table=reviews.filing.monthly&unitId=${ids.unitId}` },
  "GET /api/reports/annual.xlsx": { expect: [401, A, 403, 403, A], path: (ids) => `/api/reports/annual.xlsx?unitId=${ids.unitId}` },
  "GET /api/reports/:report": { expect: [401, A, 403, 403, A], path: (ids) => `/api/reports/rankings?unitId=${ids.unitId}` },
  "GET /api/inspection/campaigns": { expect: [401, 403, 403, 403, A] },
  "POST /api/inspection/campaigns": { expect: [401, 403, 403, 403, A], body: () => ({ year: 2000, deadline: "2000-01-01" }) },
  "GET /api/inspection/campaigns/:year": { expect: [401, 403, 403, 403, A], path: (ids) => `/api/inspection/campaigns/${ids.year}` },
  "POST /api/inspection/campaigns/:year/resume": { expect: [401, 403, 403, 403, A], path: (ids) => `/api/inspection/campaigns/${ids.year}/resume` },
  "GET /api/inspection/campaigns/:year/history": { expect: [401, 403, 403, 403, A], path: (ids) => `/api/inspection/campaigns/${ids.year}/history` },
  "GET /api/inspection/campaigns/:year/units/:unitId/reports": { expect: [401, 403, 403, 403, A], path: (ids) => `/api/inspection/campaigns/${ids.year}/units/${ids.unitId}/reports` },
  "PUT /api/inspection/campaigns/:year/units/:unitId/deadline": { expect: [401, 403, 403, 403, A], path: (ids) => `/api/inspection/campaigns/${ids.year}/units/${ids.unitId}/deadline`, body: () => ({ deadline: "2000-01-01", reason: "矩阵" }) },
  "GET /api/inspection/campaigns/:year/export.xlsx": { expect: [401, 403, 403, 403, A], path: (ids) => `/api/inspection/campaigns/${ids.year}/export.xlsx` },
  "GET /api/inspection/indicators": { expect: [401, 403, 403, 403, A] },
  "PUT /api/inspection/indicators": { expect: [401, 403, 403, 403, A], body: () => ({}) },
  "GET /api/inspection/indicators/history": { expect: [401, 403, 403, 403, A] },
  "GET /api/inspection/reports": { expect: [401, A, A, 403, A] },
  "GET /api/inspection/reports/:id": { expect: [401, A, 404, 403, A], path: (ids) => `/api/inspection/reports/${ids.year}-${ids.accountId}` },
  "PUT /api/inspection/reports/:id": { expect: [401, A, 404, 403, 403], path: (ids) => `/api/inspection/reports/${ids.year}-${ids.accountId}`, body: () => ({ rectification: "矩阵草稿" }) },
  "POST /api/inspection/reports/:id/submit": { expect: [401, A, 404, 403, 403], path: (ids) => `/api/inspection/reports/${ids.year}-${ids.accountId}/submit`, body: () => ({}) },
  "GET /auth/verify": { expect: [A, A, A, A, A] },
  "POST /auth/verify": { expect: [A, A, A, A, A] },
  "GET /review/mine/:kind/:itemId/:stage": { expect: [401, 403, 403, 404, 403], path: (ids) => `/review/mine/filing/${ids.filingId}/first` },
  "POST /review/mine/:kind/:itemId/:stage": { expect: [401, 403, 403, 404, 403], path: (ids) => `/review/mine/filing/${ids.filingId}/first`, form: [["decision", "approve"]] },
  "GET /review/:linkId": { expect: [404, 404, 404, 404, 404], path: () => `/review/${"A".repeat(43)}` },
  "POST /review/:linkId": { expect: [404, 404, 404, 404, 404], path: () => `/review/${"A".repeat(43)}`, form: [["decision", "approve"]] },
};

let ts: TestSystem;
let clients: Record<(typeof ROLES)[number], HttpClient>;
let ids: Ids;

beforeAll(async () => {
  ts = await startTestSystem();
  const { directory } = ts;
  const ownOperator = await login(ts, directory.operator.email);
  const body = filingInput();
  const created = (await (await ownOperator.post("/api/filings", body)).json()) as { filing: Filing };
  for (const stage of ["first", "second", "final"] as const) await decide(ts, body.accountName, stage, "approve");
  const filing = (await ts.system.stores.filings.getFiling(created.filing.filingId))!;
  const draft = (await (await ownOperator.post("/api/content/drafts", draftInput([filing.accountId!]))).json()) as { draft: { draftId: string } };
  // A campaign over the filed account, so the inspection's routes have a year, a unit and a report to answer about.
  const year = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));
  const deadline = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const adminClient = await login(ts, directory.admin.email);
  expect((await adminClient.post("/api/inspection/campaigns", { year, deadline })).status).toBe(201);
  expect(await ts.system.inspectionEngine.waitForExecution(`inspection-${year}`)).toMatchObject({ status: "SUCCEEDED" });
  ids = { filingId: filing.filingId, accountId: filing.accountId!, unitId: directory.unitId, personId: directory.operator.personId, reviewerId: directory.backups.first.personId, draftId: draft.draft.draftId, year };
  clients = {
    anonymous: new HttpClient(ts.system.app),
    ownOperator,
    otherOperator: await login(ts, directory.otherOperator.email),
    reviewer: await login(ts, directory.reviewers.second.email),
    admin: await login(ts, directory.admin.email),
  };
}, 120_000);
afterAll(() => ts.system.stop());

function concretePath(route: string, row: Row): string {
  if (row.path) return row.path(ids);
  const path = route.split(" ")[1];
  return path.replace(":taskId", "no-such-task").replace(":id", path.startsWith("/api/filings") ? ids.filingId : path.startsWith("/api/directory/units") ? ids.unitId : path.startsWith("/api/directory/people") ? ids.personId : ids.accountId);
}

describe("who may do what: every route × role × own / other unit", () => {
  it("has a rule for every route the app serves", () => {
    const app = createApp(ts.system.services);
    const served = [...new Set(app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`))];
    expect(served.filter((r) => !(r in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((r) => !served.includes(r))).toEqual([]);
  });

  it("answers each role as the matrix says", async () => {
    const mismatches: string[] = [];
    for (const [route, row] of Object.entries(MATRIX)) {
      const method = route.split(" ")[0];
      for (const [i, role] of ROLES.entries()) {
        // Log-out would end the session the next rows need.
        if (route === "POST /api/auth/logout" && role !== "anonymous") continue;
        const init = row.body ? { json: row.body(ids) } : method === "POST" || method === "PUT" ? { json: {} } : {};
        const path = concretePath(route, row);
        const response = row.form ? await clients[role].postForm(path, row.form) : await clients[role].request(method, path, init);
        const expected = row.expect[i];
        const fine = expected === "ok" ? ![401, 403, 404].includes(response.status) && response.status < 500 : response.status === expected;
        if (!fine) mismatches.push(`${route} as ${role}: expected ${expected}, got ${response.status}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
