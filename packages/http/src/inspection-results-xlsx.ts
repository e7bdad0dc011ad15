import { RESULT_COLUMNS, type ResultRow } from "@beian/core";

/** exceljs is large: loaded on the first export, only in the register-files Lambda. */
const excel = async () => (await import("exceljs")).default;

/** A cell a spreadsheet would run as a formula is written as text (CSV/XLSX injection). */
const safe = (value: string | number) => (typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const WIDTHS: Partial<Record<(typeof RESULT_COLUMNS)[number], number>> = { 序号: 6, 主办单位: 24, 账号名称: 24, 备案编号: 22, 处理结果: 18, 停用原因: 20, 提交时间: 18 };

/** 年度检查结果表: one row per account, the campaign's year in the sheet's title. */
export async function inspectionResultsXlsx(year: number, rows: ResultRow[]): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = "政务新媒体备案管理系统";
  const sheet = workbook.addWorksheet(`${year}年度检查结果`, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = RESULT_COLUMNS.map((c) => ({ header: c, key: c, width: WIDTHS[c] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(Object.fromEntries(RESULT_COLUMNS.map((c) => [c, safe(row[c])])));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
