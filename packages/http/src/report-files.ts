import type { ReportTable } from "@beian/core";
import { stringify } from "csv-stringify/sync";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** exceljs is large: loaded on the first workbook, so a JSON report never pays for it. */
const excel = async () => (await import("exceljs")).default;

/** A cell a spreadsheet would run as a formula is written as text (CSV injection). */
const safe = (value: string | number) => (typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** Any report table as CSV with its Chinese headers, UTF-8 with a BOM so Excel reads the Chinese. */
export function tableCsv(table: ReportTable): string {
  const body = stringify(
    table.rows.map((row) => table.columns.map((c) => safe(row[c.key] ?? ""))),
    { header: true, columns: table.columns.map((c) => c.label), record_delimiter: "windows" },
  );
  return `\uFEFF${body}`;
}

/** Excel limits sheet names to 31 characters and forbids a few. */
const sheetName = (title: string) => title.replace(/[\\/?*[\]:]/g, "·").slice(0, 31);

async function workbookOf(sheets: { title: string; headers: string[]; widths?: number[]; rows: (string | number)[][]; heading?: string }[]): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = "政务新媒体备案管理系统";
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(sheetName(s.title), { views: [{ state: "frozen", ySplit: s.heading ? 2 : 1 }] });
    if (s.heading) {
      sheet.addRow([s.heading]).font = { bold: true, size: 14 };
      sheet.mergeCells(1, 1, 1, Math.max(1, s.headers.length));
    }
    sheet.addRow(s.headers).font = { bold: true };
    s.headers.forEach((_, i) => (sheet.getColumn(i + 1).width = s.widths?.[i] ?? 16));
    for (const row of s.rows) sheet.addRow(row.map(safe));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const tableXlsx = (table: ReportTable) =>
  workbookOf([{ title: table.title, headers: table.columns.map((c) => c.label), rows: table.rows.map((row) => table.columns.map((c) => row[c.key] ?? "")) }]);

/** 年度统计表: one sheet, a title row in the shape of the yearly 政务新媒体 tables, then one row per account. */
export const annualXlsx = (annual: { year: number; headers: string[]; widths: number[]; rows: (string | number)[][] }) =>
  workbookOf([{ title: `${annual.year}年度统计表`, heading: `政务新媒体年度统计表（${annual.year}年度）`, headers: annual.headers, widths: annual.widths, rows: annual.rows }]);
