import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain, type Account, type Filing, type FilingInput, type Platform } from "@beian/core";
import { filingInput } from "../../../test/support/fixtures.js";
import { decide, login, reviewLink } from "../../../test/support/flow.js";
import { HttpClient } from "../../../test/support/http-client.js";
import { csvOf, importRow, postImport } from "../../../test/support/register.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

let ts: TestSystem;
let operator: HttpClient;
let admin: HttpClient;
const platforms: Platform[] = ["wechat", "weibo", "douyin", "kuaishou", "toutiao", "channels", "xiaohongshu", "bilibili", "baijiahao", "app"];

beforeAll(async () => {
  ts = await startTestSystem();
  operator = await login(ts, ts.directory.operator.email);
  admin = await login(ts, ts.directory.admin.email);
});
afterAll(() => ts.system.stop());

async function approveAll(name: string, nth = 1) {
  for (const stage of ["first", "second", "final"] as const) await decide(ts, name, stage, "approve", { nth });
}

/** An account in the register, opened through the real review. */
async function filedAccount(overrides: Partial<FilingInput> = {}): Promise<Account> {
  const body = filingInput({ platform: platforms.shift()!, ...overrides });
  const response = await operator.post("/api/filings", body);
  expect(response.status).toBe(201);
  await approveAll(body.accountName);
  const { filing } = (await (await operator.get(`/api/filings/${((await response.json()) as { filing: Filing }).filing.filingId}`)).json()) as { filing: Filing };
  expect(filing.status).toBe("filed");
  return (await ts.system.stores.accounts.getAccount(filing.accountId!))!;
}

const account = async (id: string) => (await ts.system.stores.accounts.getAccount(id))!;
const chainActions = async (id: string) => (await ts.system.stores.audit.listAudit(id)).map((r) => r.action);

describe("变更: a change of a filed account goes through the same three-stage review", () => {
  it("reviewers see before → after; approval updates the register and its audit chain", async () => {
    const before = await filedAccount();
    const data = { ...before.data, accountName: `${before.accountName}新`, leader: { ...before.data.leader, name: "赵强", phone: "13900000077" } };
    const response = await operator.post(`/api/accounts/${before.accountId}/changes`, { data, reason: "主管领导调整" });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { filing: Filing }).filing).toMatchObject({ kind: "change", accountId: before.accountId, status: "in_review" });

    const page = await (await new HttpClient(ts.system.app).get(await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", data.accountName))).text();
    expect(page).toContain("变更内容（变更前 → 变更后）");
    expect(page).toContain(before.data.leader.name);
    expect(page).toContain("赵强");
    expect(page).toContain("主管领导调整");

    await approveAll(data.accountName);
    await ts.mail.waitFor(ts.directory.operator.email, `变更备案已办结：${data.accountName}`);
    const after = await account(before.accountId);
    expect(after).toMatchObject({ status: "filed", accountName: data.accountName, filingNumber: before.filingNumber });
    expect(after.data.leader).toEqual(data.leader);
    expect(await chainActions(before.accountId)).toEqual(["account_filed", "account_changed"]);
    expect(verifyAuditChain(await ts.system.stores.audit.listAudit(before.accountId), after.auditHead).ok).toBe(true);
  });

  it("a change may hand the account to another unit; the page shows the unit change", async () => {
    const before = await filedAccount();
    const response = await operator.post(`/api/accounts/${before.accountId}/changes`, { data: before.data, reason: "职能划转", transferToUnitId: ts.directory.otherUnitId });
    expect(response.status).toBe(201);
    // The account's name is unchanged, so this is the second 初审 mail about it (the first was its opening).
    const page = await (await new HttpClient(ts.system.app).get(await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", before.accountName, 2))).text();
    expect(page).toContain("清河县文化和旅游局");
    await approveAll(before.accountName, 2);
    await ts.mail.waitFor(ts.directory.operator.email, `变更备案已办结：${before.accountName}`);
    expect((await account(before.accountId)).unitId).toBe(ts.directory.otherUnitId);
  });

  it("refuses what cannot be a change, and a second request while one is under way", async () => {
    const acc = await filedAccount();
    const codeOf = async (r: Response) => ((await r.json()) as { error: { code: string } }).error.code;
    const moved = await operator.post(`/api/accounts/${acc.accountId}/changes`, { data: { ...acc.data, platformAccountId: "gh_other" }, reason: "换号" });
    expect([moved.status, await codeOf(moved)]).toEqual([400, "VALIDATION_FAILED"]);
    const same = await operator.post(`/api/accounts/${acc.accountId}/changes`, { data: acc.data, reason: "无" });
    expect(same.status).toBe(400);
    const noReason = await operator.post(`/api/accounts/${acc.accountId}/changes`, { data: acc.data });
    expect(noReason.status).toBe(400);

    const other = await login(ts, ts.directory.otherOperator.email);
    const foreign = await other.post(`/api/accounts/${acc.accountId}/cancellation`, { reason: "不再使用" });
    expect([foreign.status, await codeOf(foreign)]).toEqual([404, "ACCOUNT_NOT_FOUND"]);
    const byAdmin = await admin.post(`/api/accounts/${acc.accountId}/cancellation`, { reason: "不再使用" });
    expect([byAdmin.status, await codeOf(byAdmin)]).toEqual([403, "ROLE_REQUIRED"]);

    expect((await operator.post(`/api/accounts/${acc.accountId}/cancellation`, { reason: "整合撤并" })).status).toBe(201);
    const second = await operator.post(`/api/accounts/${acc.accountId}/changes`, { data: { ...acc.data, purpose: "新的宗旨" }, reason: "调整" });
    expect([second.status, await codeOf(second)]).toEqual([409, "ACCOUNT_FILING_IN_PROGRESS"]);

    // A rejected request frees the account for the next one.
    await decide(ts, acc.accountName, "first", "reject", { comment: "理由不充分", nth: 2 });
    await ts.mail.waitFor(ts.directory.operator.email, `注销备案未通过：${acc.accountName}`);
    expect((await operator.post(`/api/accounts/${acc.accountId}/changes`, { data: { ...acc.data, purpose: "新的宗旨" }, reason: "调整" })).status).toBe(201);
    expect((await account(acc.accountId)).status).toBe("filed");
  });
});

describe("an approved administrator change opens rotate-password / unbind-devices work", () => {
  it("a removed administrator triggers a credential task for the unit, mailed to its operators", async () => {
    const acc = await filedAccount();
    const newcomer = { name: "周新", phone: "13800000099", email: "zhouxin@edu.qinghe.gov.cn", onPayroll: true };
    const data = { ...acc.data, accountName: `${acc.accountName}更`, administrators: [newcomer] };
    expect((await operator.post(`/api/accounts/${acc.accountId}/changes`, { data, reason: "管理人员调岗" })).status).toBe(201);
    await approveAll(data.accountName);
    const [mail] = await ts.mail.waitFor(ts.directory.operator.email, `请更换密码并解绑设备：${data.accountName}`);
    expect(mail.text).toContain(acc.data.administrators[0].name);
    const tasks = (await (await operator.get("/api/credential-tasks")).json()) as { items?: { accountId: string }[] } | { accountId: string }[];
    const list = Array.isArray(tasks) ? tasks : (tasks.items ?? []);
    expect(list.filter((t) => t.accountId === acc.accountId)).toHaveLength(1);
  });
});

describe("注销, and re-opening a cancelled account", () => {
  it("an approved cancellation marks the account 已注销; a new open filing may take the platform account again", async () => {
    const acc = await filedAccount();
    expect((await operator.post(`/api/accounts/${acc.accountId}/cancellation`, { reason: "机构撤并，账号停止运营" })).status).toBe(201);
    const page = await (await new HttpClient(ts.system.app).get(await reviewLink(ts.mail, ts.directory.reviewers.first.email, "first", acc.accountName, 2))).text();
    expect(page).toContain("机构撤并，账号停止运营");
    await approveAll(acc.accountName, 2);
    await ts.mail.waitFor(ts.directory.operator.email, `注销备案已办结：${acc.accountName}`);
    expect(await account(acc.accountId)).toMatchObject({ status: "cancelled", statusReason: "机构撤并，账号停止运营" });
    expect(await chainActions(acc.accountId)).toEqual(["account_filed", "account_cancelled"]);

    const cancelledAgain = await operator.post(`/api/accounts/${acc.accountId}/changes`, { data: { ...acc.data, purpose: "x" }, reason: "y" });
    expect(cancelledAgain.status).toBe(409);

    const reopened = await operator.post("/api/filings", { ...acc.data, accountName: `${acc.accountName}复` });
    expect(reopened.status).toBe(201);
    await approveAll(`${acc.accountName}复`);
    const { filing } = (await reopened.json()) as { filing: Filing };
    const fresh = (await ts.system.stores.filings.getFiling(filing.filingId))!;
    expect(fresh.status).toBe("filed");
    expect(fresh.accountId).not.toBe(acc.accountId);
    expect((await account(acc.accountId)).status).toBe("cancelled");
    // The re-opened account now holds the platform account: a third filing of it is a duplicate.
    const third = await operator.post("/api/filings", { ...acc.data, justification: "测试" });
    expect(third.status).toBe(409);
  });
});

describe("停用 / 恢复 by the registry office", () => {
  it("suspends and restores with a reason, audited; only admins, only from the right status", async () => {
    const acc = await filedAccount();
    expect((await operator.post(`/api/accounts/${acc.accountId}/suspend`, { reason: "年检未通过" })).status).toBe(403);
    expect((await admin.post(`/api/accounts/${acc.accountId}/suspend`, {})).status).toBe(400);
    const suspended = await admin.post(`/api/accounts/${acc.accountId}/suspend`, { reason: "年检未通过" });
    expect(suspended.status).toBe(200);
    expect(await account(acc.accountId)).toMatchObject({ status: "suspended", statusReason: "年检未通过" });
    expect((await admin.post(`/api/accounts/${acc.accountId}/suspend`, { reason: "再次" })).status).toBe(409);
    expect((await admin.post(`/api/accounts/${acc.accountId}/restore`, { reason: "整改完成" })).status).toBe(200);
    expect((await admin.post(`/api/accounts/${acc.accountId}/restore`, { reason: "再次" })).status).toBe(409);
    expect((await admin.post("/api/accounts/no-such-account/suspend", { reason: "x" })).status).toBe(404);
    const records = await ts.system.stores.audit.listAudit(acc.accountId);
    expect(records.map((r) => [r.action, r.details.reason])).toEqual([
      ["account_filed", undefined],
      ["account_suspended", "年检未通过"],
      ["account_restored", "整改完成"],
    ]);
  });
});

describe("an operator allowed to act for sub-units", () => {
  it("sees and changes a sub-unit's filings and accounts; without the permission they stay hidden", async () => {
    const { unitId, operator: parentOperator } = ts.directory;
    const unit = (await (await admin.post("/api/directory/units", { name: "清河县第二中学", parentId: unitId })).json()) as { unit: { unitId: string } };
    const schoolEmail = `school-${Date.now()}@test.gov.cn`;
    const created = await admin.post("/api/directory/people", { name: "林校", email: schoolEmail, unitId: unit.unit.unitId, roles: ["operator"] });
    expect(created.status).toBe(201);
    const school = await login(ts, schoolEmail);
    const body = filingInput({ platform: "other" });
    const { filing } = (await (await school.post("/api/filings", body)).json()) as { filing: Filing };
    await approveAll(body.accountName);
    const accountId = (await ts.system.stores.filings.getFiling(filing.filingId))!.accountId!;

    expect((await operator.get(`/api/filings/${filing.filingId}`)).status).toBe(404);
    expect((await operator.post(`/api/accounts/${accountId}/cancellation`, { reason: "合并" })).status).toBe(404);

    const grant = await admin.put(`/api/directory/people/${parentOperator.personId}`, {
      name: parentOperator.name,
      email: parentOperator.email,
      unitId,
      roles: ["operator"],
      canActForSubUnits: true,
    });
    expect(grant.status).toBe(200);
    expect((await operator.get(`/api/filings/${filing.filingId}`)).status).toBe(200);
    const listed = (await (await operator.get("/api/filings")).json()) as { items: Filing[] };
    expect(listed.items.map((f) => f.filingId)).toContain(filing.filingId);
    expect((await operator.post(`/api/accounts/${accountId}/cancellation`, { reason: "合并" })).status).toBe(201);
  });
});

describe("one account per platform per unit (国办发〔2018〕123号) counts the register, imported accounts too", () => {
  it("asks for a justification when the unit already has an imported account on the platform", async () => {
    const { otherUnitId, otherOperator } = ts.directory;
    expect((await postImport(admin, csvOf([importRow(otherUnitId, { 平台类型: "百家号" })]))).status).toBe(201);
    const other = await login(ts, otherOperator.email);
    const refused = await other.post("/api/filings", filingInput({ platform: "baijiahao" }));
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("JUSTIFICATION_REQUIRED");
    expect((await other.post("/api/filings", filingInput({ platform: "baijiahao", justification: "另设政务服务专号" }))).status).toBe(201);
  });
});
