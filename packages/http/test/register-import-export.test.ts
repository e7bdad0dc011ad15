import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMPORT_COLUMNS, REGISTER_TABLE_COLUMNS } from "@beian/core";
import { readImportFile } from "../src/register-files.js";
import { login } from "../../../test/support/flow.js";
import type { HttpClient } from "../../../test/support/http-client.js";
import { csvOf, importAccounts, importRow, listRegister, postImport, type ImportAnswer } from "../../../test/support/register.js";
import { startTestSystem, type TestSystem } from "../../../test/support/test-system.js";

let ts: TestSystem;
let admin: HttpClient;

beforeAll(async () => {
  ts = await startTestSystem();
  admin = await login(ts, ts.directory.admin.email);
});
afterAll(() => ts.system.stop());

async function freshUnit(name = "清河县卫生健康局") {
  const unitId = `unit-${randomUUID().slice(0, 8)}`;
  await ts.system.stores.seeding.seedUnit({ unitId, name });
  return unitId;
}

type ErrorAnswer = { error: { code: string; message: string; fields: { field: string; code: string; message: string }[] } };

describe("批量导入", () => {
  it("a file with bad rows is refused whole, each error named by row and column in Chinese, nothing written", async () => {
    const unitId = await freshUnit();
    const good = importRow(unitId);
    const rows = [
      good,
      importRow(unitId, { 主管领导电话: "12345" }),
      importRow("no-such-unit"),
      importRow(unitId, { 平台账号或网址: ` ${good.平台账号或网址.toUpperCase()} ` }),
      importRow(unitId, { 平台类型: "脸书", 管理员邮箱: "not-an-email；zq@example.gov.cn" }),
      importRow(unitId, { 运营方式: "委托运营", 备案日期: "2024-02-30" }),
    ];
    const response = await postImport(admin, csvOf(rows));
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorAnswer;
    expect(error.message).toContain("未导入任何数据");
    const byRow = (row: number) => error.fields.filter((f) => f.field.startsWith(`${row}.`));
    expect(byRow(2)).toEqual([]);
    expect(byRow(3)).toEqual([expect.objectContaining({ field: "3.leader.phone", message: expect.stringContaining("第 3 行「主管领导电话」") })]);
    expect(byRow(4)).toEqual([expect.objectContaining({ field: "4.unitId", code: "UNIT_NOT_FOUND" })]);
    expect(byRow(5)).toEqual([expect.objectContaining({ code: "DUPLICATE_IN_FILE", message: expect.stringContaining("与第 2 行是同一个平台账号") })]);
    expect(byRow(6).map((f) => f.field).sort()).toEqual(["6.administrators.0.email", "6.platform"]);
    expect(byRow(7).map((f) => f.field).sort()).toEqual(["7.contractor", "7.filedOn"]);
    expect(byRow(7).find((f) => f.field === "7.contractor")?.message).toContain("委托运营须填写受托单位");
    expect(error.fields.every((f) => /第 \d+ 行/.test(f.message))).toBe(true);

    expect((await listRegister(admin, { unitId })).items).toEqual([]);
    expect(await ts.system.stores.accounts.getClaim(`wechat:${good.平台账号或网址.toLowerCase()}`)).toBeUndefined();
  });

  it("refuses a platform account already in the register, a file missing columns, non-admins and other file types", async () => {
    const unitId = await freshUnit();
    const [first] = await importAccounts(admin, [importRow(unitId)]);
    const account = (await ts.system.stores.accounts.getAccount(first.accountId))!;
    const elsewhere = importRow(await freshUnit("清河县民政局"), { 平台账号或网址: ` ${account.data.platformAccountId.toUpperCase()}/ ` });
    const clash = await postImport(admin, csvOf([elsewhere]));
    expect(clash.status).toBe(400);
    expect(((await clash.json()) as ErrorAnswer).error.fields[0]).toMatchObject({ code: "DUPLICATE_PLATFORM_ACCOUNT", message: expect.stringContaining(first.filingNumber) });

    const missing = await postImport(admin, `${IMPORT_COLUMNS.accountName},${IMPORT_COLUMNS.platform}\n清河,微博\n`);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as ErrorAnswer).error.code).toBe("IMPORT_COLUMNS_MISSING");

    const operator = await login(ts, ts.directory.operator.email);
    expect((await postImport(operator, csvOf([importRow(ts.directory.unitId)]))).status).toBe(403);
    expect((await postImport(admin, "{}", { type: "application/json" })).status).toBe(415);
    expect((await listRegister(admin, { unitId: ts.directory.unitId })).items.filter((i) => i.filingId.startsWith("import:"))).toEqual([]);
  });

  it("imports an XLSX file; running the same file again creates nothing new; a dry run writes nothing", async () => {
    const unitId = await freshUnit();
    const rows = [importRow(unitId, { 备案日期: "2023-05-06" }), importRow(unitId, { 平台类型: "抖音", 运营方式: "委托运营", 受托单位: "清河传媒有限公司", 合同到期日: "2027-12-31" })];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("导入");
    const columns = Object.values(IMPORT_COLUMNS) as string[];
    sheet.addRow(columns);
    for (const row of rows) sheet.addRow(columns.map((c) => (c === IMPORT_COLUMNS["leader.phone"] ? Number(row[c]) : row[c])));
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    const dry = await postImport(admin, xlsx, { type, dryRun: true });
    expect(dry.status).toBe(200);
    expect((await listRegister(admin, { unitId })).items).toEqual([]);

    const first = await postImport(admin, xlsx, { type });
    const created = ((await first.json()) as ImportAnswer).created;
    expect(first.status).toBe(201);
    expect(created.map((c) => c.filingNumber)).toEqual([expect.stringMatching(/^BA-2023-WX-\d{5}$/), expect.stringMatching(/^BA-\d{4}-DY-\d{5}$/)]);
    const again = await postImport(admin, xlsx, { type });
    expect(again.status).toBe(201);
    expect((await again.json()) as ImportAnswer).toMatchObject({ created: [], existing: created.map((c) => ({ row: c.row, filingNumber: c.filingNumber })) });
    expect((await listRegister(admin, { unitId })).items).toHaveLength(2);

    const account = (await ts.system.stores.accounts.getAccount(created[1].accountId))!;
    expect(account.data).toMatchObject({ operationMode: "outsourced", contractor: { name: "清河传媒有限公司", contractEndDate: "2027-12-31" }, leader: { phone: "13800000011" } });
    expect(account.data.administrators.map((a) => a.onPayroll)).toEqual([true, false]);
    const [firstRecord] = await ts.system.stores.audit.listAudit(created[0].accountId);
    expect(firstRecord).toMatchObject({ seq: 1, action: "account_imported", actorName: ts.directory.admin.name, details: { filingNumber: created[0].filingNumber, row: 2 } });
    expect(await ts.system.stores.accounts.getClaim(account.platformKey)).toMatchObject({ accountId: account.accountId });
  });
});

describe("批量导入 by the units people know: codes, names, and a template to fill in", () => {
  it("offers admins an XLSX template with the Chinese columns, an example row and notes", async () => {
    const response = await admin.get("/api/register/import-template.xlsx");
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
    const [template, notes] = workbook.worksheets;
    expect((template.getRow(1).values as string[]).slice(1)).toEqual(Object.values(IMPORT_COLUMNS));
    expect(template.getRow(2).getCell(1).value).toBe("U002");
    expect(String(notes.getRow(2).getCell(1).value)).toContain("单位编码");
    const operator = await login(ts, ts.directory.operator.email);
    expect((await operator.get("/api/register/import-template.xlsx")).status).toBe(403);
  });

  it("accepts a unit by its code (any case) or its exact name, and names an unknown or ambiguous one", async () => {
    const created = (await (await admin.post("/api/directory/units", { name: `清河县审计局${randomUUID().slice(0, 4)}` })).json()) as { unit: { unitId: string; code: string; name: string } };
    expect(created.unit.code).toMatch(/^U\d{3,}$/);
    const byCode = importRow(created.unit.code.toLowerCase());
    const byName = importRow(created.unit.name);
    const imported = await importAccounts(admin, [byCode, byName]);
    const units = await Promise.all(imported.map(async (row) => (await ts.system.stores.accounts.getAccount(row.accountId))?.unitId));
    expect(units).toEqual([created.unit.unitId, created.unit.unitId]);

    const twin = `清河县同名单位${randomUUID().slice(0, 4)}`;
    for (let i = 0; i < 2; i++) expect((await admin.post("/api/directory/units", { name: twin })).status).toBe(201);
    const refused = (await (await postImport(admin, csvOf([importRow("U9999"), importRow(twin)]), { dryRun: true })).json()) as ErrorAnswer;
    expect(refused.error.fields.map((f) => f.code)).toEqual(["UNIT_NOT_FOUND", "UNIT_AMBIGUOUS"]);
    expect(refused.error.fields[0].message).toContain("第 2 行「主办单位」");
  });

  it("keeps unit codes unique and lets an admin change one", async () => {
    const a = (await (await admin.post("/api/directory/units", { name: "甲单位", code: `T${Date.now() % 100000}` })).json()) as { unit: { unitId: string; code: string } };
    const clash = await admin.post("/api/directory/units", { name: "乙单位", code: a.unit.code.toLowerCase() });
    expect(clash.status).toBe(400);
    expect(((await clash.json()) as ErrorAnswer).error.fields[0]).toMatchObject({ field: "code", code: "UNIT_CODE_TAKEN" });
    const renamed = await admin.put(`/api/directory/units/${a.unit.unitId}`, { name: "甲单位", code: `${a.unit.code}X` });
    expect(renamed.status).toBe(200);
    expect((await (await admin.post("/api/directory/units", { name: "丙单位", code: a.unit.code })).json()) as { unit: { code: string } }).toMatchObject({ unit: { code: a.unit.code } });
  });
});

describe("备案登记表 export", () => {
  it("CSV (UTF-8 with BOM) and XLSX carry the Chinese columns and the filtered accounts", async () => {
    const unitId = await freshUnit("清河县融媒体中心");
    const rows = [importRow(unitId, { 账号名称: "清河融媒" }), importRow(unitId, { 账号名称: "清河融媒抖音", 平台类型: "抖音" })];
    const created = await importAccounts(admin, rows);

    const csv = await admin.get(`/api/register/export.csv?unitId=${unitId}&platform=wechat`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toContain("filename*=UTF-8''%E5%A4%87%E6%A1%88%E7%99%BB%E8%AE%B0%E8%A1%A8.csv");
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = await readImportFile(bytes);
    expect(parsed.columns).toEqual([...REGISTER_TABLE_COLUMNS]);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0].cells).toMatchObject({
      序号: "1",
      备案编号: created[0].filingNumber,
      账号名称: "清河融媒",
      平台类型: "微信公众号",
      主办单位: "清河县融媒体中心",
      主管领导: "李明（副局长）",
      后台管理人员: "王芳 13800000012；张强 13800000013（非在编）",
      运营方式: "自主运营",
      认证状态: "已认证",
      状态: "已备案",
    });

    const xlsx = await admin.get(`/api/register/export.xlsx?unitId=${unitId}`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.getWorksheet("备案登记表")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...REGISTER_TABLE_COLUMNS]);
    expect(sheet.actualRowCount).toBe(3);
    const numbers = [2, 3].map((r) => sheet.getRow(r).getCell(2).value);
    expect(numbers.sort()).toEqual(created.map((c) => c.filingNumber).sort());
  });
});
