import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { DomainError, REGISTER_TABLE_COLUMNS, type ImportFile, type RegisterTableRow } from "@beian/core";
import { stringify } from "csv-stringify/sync";
import type ExcelJS from "exceljs";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const SHEET_NAME = "备案登记表";

/** exceljs is large: loaded on the first export or import, so no other request pays for it at cold start. */
const excel = async () => (await import("exceljs")).default;

/** A cell a spreadsheet would run as a formula is written as text (CSV injection). */
const safe = (value: string | number) => (typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** UTF-8 with a BOM: without it Excel reads the Chinese as the system's legacy code page. */
export function registerCsv(rows: RegisterTableRow[]): string {
  const body = stringify(
    rows.map((r) => REGISTER_TABLE_COLUMNS.map((c) => safe(r[c]))),
    { header: true, columns: [...REGISTER_TABLE_COLUMNS], record_delimiter: "windows" },
  );
  return `\uFEFF${body}`;
}

export async function registerXlsx(rows: RegisterTableRow[]): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = "政务新媒体备案管理系统";
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = REGISTER_TABLE_COLUMNS.map((c) => ({ header: c, key: c, width: c === "序号" ? 6 : c === "后台管理人员" ? 36 : 18 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(Object.fromEntries(REGISTER_TABLE_COLUMNS.map((c) => [c, row[c]])));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The import template: the columns' Chinese titles, an example row and notes on how to fill it in. */
export async function importTemplateXlsx(columns: readonly string[], example: Record<string, string>): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = "政务新媒体备案管理系统";
  const sheet = workbook.addWorksheet("导入模板", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c, key: c, width: Math.max(14, c.length * 3) }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(example);
  const notes = workbook.addWorksheet("填写说明");
  for (const line of IMPORT_TEMPLATE_NOTES) notes.addRow([line]);
  notes.getColumn(1).width = 100;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const IMPORT_TEMPLATE_NOTES = [
  "1. 第一行为列名，请勿修改；从第二行起每行填写一个账号，示例行请删除后再导入。",
  "2. 主办单位：填写单位编码（见“组织机构”页面，如 U002）或单位全称。",
  "3. 平台类型、运营方式、认证状态：填写页面上的中文名称，如“微信公众号”“自主运营”“已认证”。",
  "4. 多名管理员：姓名、手机、邮箱、是否在编各列按相同顺序用“；”分隔。",
  "5. 委托运营须填写受托单位和合同到期日；日期格式为 2026-12-01。",
  "6. 请勿在任何单元格中填写账号密码。",
];

const badFile = (message: string) => new DomainError("IMPORT_FILE_UNREADABLE", message, [{ field: "file", code: "IMPORT_FILE_UNREADABLE", message }]);

/** Excel on Chinese Windows saves CSV as GB18030 unless told otherwise; both are accepted. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** Cell values as the text a person typed: numbers (phones) unrounded, dates as YYYY-MM-DD, links as their text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    return "";
  }
  return String(value);
}

function toImportFile(sheet: ExcelJS.Worksheet | undefined, bytes: Buffer): ImportFile {
  if (!sheet) throw badFile("文件中没有工作表");
  const columns: string[] = [];
  const rows: ImportFile["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => cellText(v).trim());
    if (columns.length === 0) {
      columns.push(...values);
      return;
    }
    if (values.every((v) => v === "")) return;
    rows.push({ row: rowNumber, cells: Object.fromEntries(columns.map((c, i) => [c, values[i] ?? ""])) });
  });
  return { columns, rows, digest: createHash("sha256").update(bytes).digest("hex") };
}

/** Reads an uploaded import file: XLSX (by its zip signature) or CSV text. */
export async function readImportFile(bytes: Buffer): Promise<ImportFile> {
  const workbook = new (await excel()).Workbook();
  try {
    if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      return toImportFile(workbook.worksheets[0], bytes);
    }
    const sheet = await workbook.csv.read(Readable.from([decodeText(bytes)]), { map: (value: unknown) => value });
    return toImportFile(sheet, bytes);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw badFile("无法读取导入文件，请使用 CSV（UTF-8）或 XLSX 格式的导入模板");
  }
}
