import { dateInShanghai, IMPORT_COLUMNS, type MonitorRow } from "@beian/core";
import { beianService } from "@beian/store-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filedAccounts } from "../../../test/support/content.js";
import { login } from "../../../test/support/flow.js";
import { importAccounts, importRow, setAccountStatus } from "../../../test/support/register.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

const DAY = 86_400_000;
// 09:00 in Beijing: the daily sweep's hour.
const T0 = Date.parse("2027-03-01T01:00:00Z");
let now = T0;
const at = (days: number) => {
  now = T0 + days * DAY;
};

let ts: TestSystem;
let accountId: string;

beforeAll(async () => {
  ts = await startTestSystem({ clock: { now: () => new Date(now) } });
  [accountId] = await filedAccounts(ts, 1);
}, 120_000);
afterAll(() => ts.system.stop());

const sweep = () => ts.system.services.content.monitor.sweep();
const events = async (id: string) => {
  const { data } = await beianService(ts.system.doc, ts.tableName).entities.monitorEvent.query.byId({ accountId: id }).go();
  return data.map((e) => [e.kind, e.days, dateInShanghai(e.at)]);
};
const mailsTo = async (email: string, part: string) => (await ts.mail.to(email)).filter((m) => m.subject.includes(part)).length;

describe("更新监测 with a controlled clock", () => {
  it("enrolls the filed account, warns the unit at day 10 and records a violation at day 14, once each", async () => {
    const { operator, admin } = ts.directory;
    expect(await sweep()).toMatchObject({ warned: 0, violated: 0 });

    at(9);
    expect(await sweep()).toMatchObject({ warned: 0, violated: 0 });

    at(10);
    expect(await sweep()).toMatchObject({ warned: 1, violated: 0 });
    const [warning] = await ts.mail.waitFor(operator.email, "更新预警");
    expect(warning.subject).toContain("已 10 天未更新");
    // A second run the same day finds nothing due.
    expect(await sweep()).toMatchObject({ warned: 0, violated: 0, checked: 0 });

    at(14);
    expect(await sweep()).toMatchObject({ violated: 1 });
    await ts.mail.waitFor(operator.email, "更新违规");
    await ts.mail.waitFor(admin.email, "更新违规");
    const chain = await ts.system.stores.audit.listAudit(accountId);
    expect(chain.filter((r) => r.action === "update_violation")).toHaveLength(1);
    expect(chain.at(-1)!.details).toMatchObject({ days: 14 });
    // Each step is also an item of its own, written in the step's transaction: what the reports count per month.
    expect(await events(accountId)).toEqual([
      ["warned", 10, "2027-03-11"],
      ["violated", 14, "2027-03-15"],
    ]);

    at(20);
    expect(await sweep()).toMatchObject({ warned: 0, violated: 0, checked: 0 });
    expect(await mailsTo(operator.email, "更新预警")).toBe(1);
    expect(await mailsTo(operator.email, "更新违规")).toBe(1);
    expect(await events(accountId)).toHaveLength(2);

    const adminClient = await login(ts, admin.email);
    const list = (await (await adminClient.get("/api/update-monitor")).json()) as { items: MonitorRow[] };
    expect(list.items.find((r) => r.accountId === accountId)).toMatchObject({ state: "violated", days: 20, unitName: "清河县教育局" });
  });

  it("starts the count again from a post published outside the system (flagged 非系统发布)", async () => {
    at(21);
    const operator = await login(ts, ts.directory.operator.email);
    const entry = await operator.post("/api/content/manual-publications", { accountId, title: "秋季学期安全提示", publishedAt: new Date(now).toISOString(), note: "紧急通知，先发后补" });
    expect(entry.status).toBe(201);
    const list = (await (await operator.get("/api/update-monitor")).json()) as { items: MonitorRow[] };
    expect(list.items.find((r) => r.accountId === accountId)).toMatchObject({ state: "ok", days: 0, lastSource: "manual" });
    const future = await operator.post("/api/content/manual-publications", { accountId, title: "x", publishedAt: new Date(now + 2 * DAY).toISOString() });
    expect(future.status).toBe(400);

    at(30);
    expect(await sweep()).toMatchObject({ warned: 0 });
    at(31);
    expect(await sweep()).toMatchObject({ warned: 1 });
    expect(await mailsTo(ts.directory.operator.email, "更新预警")).toBe(2);
  });

  it("watches an account imported later with an old 备案日期 from the day it entered the register", async () => {
    at(40);
    const admin = await login(ts, ts.directory.admin.email);
    const [late] = await importAccounts(admin, [importRow(ts.directory.unitId, { [IMPORT_COLUMNS.filedOn]: "2019-05-20" })]);
    const rows = async () => {
      const response = await (await login(ts, ts.directory.admin.email)).get("/api/update-monitor");
      expect(response.status).toBe(200);
      return ((await response.json()) as { items: MonitorRow[] }).items;
    };
    // Enrolled by the register's "entered" event, before any sweep ran.
    expect((await rows()).find((r) => r.accountId === late.accountId)).toMatchObject({ state: "ok", days: 0, lastSource: "enrolled" });

    at(50);
    expect(await sweep()).toMatchObject({ warned: 1 });
    expect((await rows()).find((r) => r.accountId === late.accountId)).toMatchObject({ state: "warned", days: 10 });
  });

  it("lets an operator see only their own units", async () => {
    const other = await login(ts, ts.directory.otherOperator.email);
    const list = (await (await other.get("/api/update-monitor")).json()) as { items: MonitorRow[] };
    expect(list.items.find((r) => r.accountId === accountId)).toBeUndefined();
    expect((await other.get(`/api/update-monitor?unitId=${ts.directory.unitId}`)).status).toBe(403);
  });

  it("stops watching an account that left the register, whatever its state", async () => {
    at(60);
    const admin = await login(ts, ts.directory.admin.email);
    const [gone] = await importAccounts(admin, [importRow(ts.directory.unitId)]);
    expect(await ts.system.stores.monitor.getEntries([gone.accountId])).toHaveLength(1);
    // Cancelled without its 注销 filing's event (which retires the entry at once): the sweep removes it when it falls due.
    await setAccountStatus(ts.system.stores, gone.accountId, "cancelled");
    at(70);
    await sweep();
    expect(await ts.system.stores.monitor.getEntries([gone.accountId])).toEqual([]);
    expect(await events(gone.accountId)).toEqual([]);
  });
});
