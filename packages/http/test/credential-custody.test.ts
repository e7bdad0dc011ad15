import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { addDays, chainAudit, openCredentialTasksForAdminChange, shanghaiDate, type Account, type Filing, type FilingInput } from "@beian/core";
import { filingInput } from "../../../test/support/fixtures.js";
import { decide, login } from "../../../test/support/flow.js";
import type { HttpClient } from "../../../test/support/http-client.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

let ts: TestSystem;
let operator: HttpClient;
let otherOperator: HttpClient;
let admin: HttpClient;
let reviewer: HttpClient;

beforeAll(async () => {
  ts = await startTestSystem();
  [operator, otherOperator, admin, reviewer] = await Promise.all([
    login(ts, ts.directory.operator.email),
    login(ts, ts.directory.otherOperator.email),
    login(ts, ts.directory.admin.email),
    login(ts, ts.directory.reviewers.first.email),
  ]);
});
afterAll(() => ts?.system.stop());

/** An account in the register, filed through the emailed three-stage review. */
async function filedAccount(overrides: Partial<FilingInput> = {}): Promise<Account> {
  const body = filingInput({ justification: "测试需要多个账号", ...overrides });
  const response = await operator.post("/api/filings", body);
  expect(response.status).toBe(201);
  const { filing } = (await response.json()) as { filing: Filing };
  for (const stage of ["first", "second", "final"] as const) await decide(ts, body.accountName, stage, "approve");
  await ts.mail.waitFor(ts.directory.operator.email, `备案已备案：${body.accountName}`);
  const filed = await ts.system.stores.filings.getFiling(filing.filingId);
  return (await ts.system.stores.accounts.getAccountByFilingNumber(filed!.filingNumber!))!;
}

const custodyOf = async (client: HttpClient, accountId: string) => client.get(`/api/accounts/${accountId}/custody`);
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; fields?: { code: string }[] } }).error;
const holders = [{ name: "王芳", post: "信息员", devices: ["办公室电脑", "工作手机"] }];

describe("credential custody (never a password)", () => {
  it("the unit's operator records holders and the last password change, audited on the account; passwords are refused", async () => {
    const account = await filedAccount();
    const path = `/api/accounts/${account.accountId}/custody`;
    expect(await (await custodyOf(operator, account.accountId)).json()).toMatchObject({ custody: null, tasks: [], contract: null });

    const withPassword = await operator.put(path, { holders, password: "Qh@2026" });
    expect(withPassword.status).toBe(400);
    expect((await errorOf(withPassword)).fields?.map((f) => f.code)).toEqual(["PASSWORD_NOT_ALLOWED"]);
    const inNote = await operator.put(path, { holders, note: "初始密码：123456" });
    expect((await errorOf(inNote)).fields?.map((f) => f.code)).toEqual(["PASSWORD_NOT_ALLOWED"]);
    const future = await operator.put(path, { holders, lastPasswordChangeAt: addDays(shanghaiDate(new Date()), 2) });
    expect((await errorOf(future)).fields?.map((f) => f.code)).toEqual(["DATE_IN_FUTURE"]);
    expect((await ts.system.stores.accounts.getAccount(account.accountId))?.auditSeq).toBe(account.auditSeq);

    const saved = await operator.put(path, { holders, lastPasswordChangeAt: "2026-01-05" });
    expect(saved.status).toBe(200);
    const view = (await (await custodyOf(admin, account.accountId)).json()) as { custody: { holders: unknown; lastPasswordChangeAt: string; updatedBy: string } };
    expect(view.custody).toMatchObject({ holders, lastPasswordChangeAt: "2026-01-05", updatedBy: "王芳" });
    const audit = await ts.system.stores.audit.listAudit(account.accountId);
    expect(audit.at(-1)).toMatchObject({ action: "custody_updated", actorName: "王芳", details: { holders: ["王芳"], devices: 2 } });
    expect(JSON.stringify(audit)).not.toContain("123456");
  });

  it("other units and reviewers see nothing and change nothing", async () => {
    const account = await filedAccount();
    expect((await custodyOf(otherOperator, account.accountId)).status).toBe(404);
    expect((await custodyOf(reviewer, account.accountId)).status).toBe(404);
    expect((await otherOperator.put(`/api/accounts/${account.accountId}/custody`, { holders })).status).toBe(404);
    expect((await ts.system.stores.accounts.getAccount(account.accountId))?.custody).toBeUndefined();
    expect((await reviewer.get("/api/credential-tasks")).status).toBe(403);
    expect((await operator.get("/api/contracts/expiring")).status).toBe(403);
  });
});

describe("an approved administrator change opens a rotate password / unbind devices task", () => {
  it("is written with the change, shows overdue on the account and in the admin's list, and the operator completes it", async () => {
    const account = await filedAccount();
    const before = account.data.administrators;
    const after = [{ name: "赵六", phone: "13800000009", email: `zhao-${account.accountId}@example.gov.cn`, onPayroll: true }];
    // The change was approved eight days ago: the task (due in 7 days) is overdue now.
    const at = new Date(Date.now() - 8 * 86_400_000).toISOString();
    const tasks = openCredentialTasksForAdminChange(account, before, after, at, { newId: randomUUID, dueDays: 7 });
    expect(tasks).toHaveLength(1);
    const audit = chainAudit(
      { entityId: account.accountId, seq: account.auditSeq + 1, at, actorId: "x", actorName: "钱伟", action: "account_changed", details: {} },
      account.auditHead,
    );
    const { stores } = ts.system;
    await stores.tx.commit([
      ...stores.accounts.writeAccount({
        account: { ...account, data: { ...account.data, administrators: after }, auditSeq: audit.seq, auditHead: audit.hash },
        audit,
        expectedAuditSeq: account.auditSeq,
      }),
      ...tasks.map((t) => stores.custody.openCredentialTask(t)),
    ]);
    const [task] = tasks;

    const view = (await (await custodyOf(operator, account.accountId)).json()) as { overdueTasks: number; tasks: { taskId: string; overdue: boolean }[] };
    expect(view.overdueTasks).toBe(1);
    expect(view.tasks).toEqual([expect.objectContaining({ taskId: task.taskId, overdue: true, removedAdmins: [before[0].name] })]);
    const overdue = (await (await admin.get("/api/credential-tasks?overdue=1")).json()) as { items: { taskId: string }[] };
    expect(overdue.items.map((t) => t.taskId)).toContain(task.taskId);
    const others = (await (await otherOperator.get("/api/credential-tasks")).json()) as { items: { taskId: string }[] };
    expect(others.items.map((t) => t.taskId)).not.toContain(task.taskId);

    const complete = `/api/credential-tasks/${task.taskId}/complete`;
    const today = shanghaiDate(new Date());
    expect((await otherOperator.post(complete, { rotatedOn: today, devicesUnbound: true })).status).toBe(404);
    expect((await errorOf(await operator.post(complete, { rotatedOn: today, devicesUnbound: true, newPassword: "x" }))).code).toBe("VALIDATION_FAILED");
    expect((await operator.post(complete, { rotatedOn: today, devicesUnbound: false })).status).toBe(400);
    expect((await errorOf(await operator.post(complete, { rotatedOn: addDays(shanghaiDate(new Date(at)), -1), devicesUnbound: true }))).fields?.[0].code).toBe("BEFORE_CHANGE");

    const done = await operator.post(complete, { rotatedOn: today, devicesUnbound: true });
    expect(done.status).toBe(200);
    expect((await ts.system.stores.accounts.getAccount(account.accountId))?.custody?.lastPasswordChangeAt).toBe(today);
    expect((await ts.system.stores.audit.listAudit(account.accountId)).at(-1)).toMatchObject({ action: "credential_task_completed", details: { rotatedOn: today } });
    const after2 = (await (await admin.get("/api/credential-tasks?overdue=1")).json()) as { items: { taskId: string }[] };
    expect(after2.items.map((t) => t.taskId)).not.toContain(task.taskId);
    expect((await operator.post(complete, { rotatedOn: today, devicesUnbound: true })).status).toBe(409);
  });
});

describe("委托运营 contract ends", () => {
  it("lists contracts ending within 30 days or ended for admins, flags the account, and mails the unit's operators once", async () => {
    const today = shanghaiDate(new Date());
    const soon = await filedAccount({ operationMode: "outsourced", contractor: { name: "清河文化传媒有限公司", contractEndDate: addDays(today, 20) } });
    const ended = await filedAccount({ operationMode: "outsourced", contractor: { name: "清河网络科技有限公司", contractEndDate: addDays(today, -1) } });
    const far = await filedAccount({ operationMode: "outsourced", contractor: { name: "远期传媒", contractEndDate: addDays(today, 90) } });

    const { items } = (await (await admin.get("/api/contracts/expiring")).json()) as { items: { accountId: string; state: string; daysLeft: number }[] };
    expect(items.find((i) => i.accountId === soon.accountId)).toMatchObject({ state: "expiring", daysLeft: 20 });
    expect(items.find((i) => i.accountId === ended.accountId)).toMatchObject({ state: "ended", daysLeft: -1 });
    expect(items.map((i) => i.accountId)).not.toContain(far.accountId);
    expect(((await (await custodyOf(operator, ended.accountId)).json()) as { contract: unknown }).contract).toMatchObject({ state: "ended" });

    await ts.system.services.contracts.sweep();
    await ts.system.services.contracts.sweep();
    const email = ts.directory.operator.email;
    await ts.mail.waitFor(email, `委托运营合同将于 ${addDays(today, 20)} 到期：${soon.accountName}`);
    await ts.mail.waitFor(email, `委托运营合同已到期：${ended.accountName}`);
    const about = async (name: string) => (await ts.mail.to(email)).filter((m) => m.subject.includes("委托运营合同") && m.subject.includes(name));
    expect(await about(soon.accountName)).toHaveLength(1);
    expect(await about(ended.accountName)).toHaveLength(1);
    expect(await about(far.accountName)).toHaveLength(0);
  });
});
