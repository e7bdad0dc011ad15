import type { FieldError } from "../shared/errors.js";
import { PLATFORMS, type Platform } from "../shared/platforms.js";
import { isCalendarDate, toFieldErrors } from "../shared/validation.js";
import { filingInputSchema, type FilingInput } from "./account-data.js";
import { FILING_FIELD_LABELS, OPERATION_MODE_LABELS, VERIFICATION_LABELS } from "./account-labels.js";

/** One data row of an import file: its spreadsheet row number (header = 1) and its cells by column title. */
export interface ImportRow {
  row: number;
  cells: Record<string, string>;
}

/** The import template's columns (Chinese titles, as in the 备案登记表); multi-person cells separate people with "；". */
export const IMPORT_COLUMNS = {
  unitId: "主办单位",
  platform: "平台类型",
  accountName: "账号名称",
  platformAccountId: "平台账号或网址",
  purpose: "开设宗旨",
  publishingScope: "信息发布范围",
  "leader.name": "主管领导姓名",
  "leader.title": "主管领导职务",
  "leader.phone": "主管领导电话",
  "administrators.name": "管理员姓名",
  "administrators.phone": "管理员手机",
  "administrators.email": "管理员邮箱",
  "administrators.onPayroll": "管理员是否在编",
  operationMode: "运营方式",
  "contractor.name": "受托单位",
  "contractor.contractEndDate": "合同到期日",
  verification: "认证状态",
  justification: "同平台多账号理由",
  filedOn: "备案日期",
} as const;

const OPTIONAL_COLUMNS = new Set<string>([IMPORT_COLUMNS["contractor.name"], IMPORT_COLUMNS["contractor.contractEndDate"], IMPORT_COLUMNS.justification, IMPORT_COLUMNS.filedOn]);
/** The template's example row (what a filled-in row looks like). */
export const IMPORT_TEMPLATE_EXAMPLE: Record<string, string> = {
  [IMPORT_COLUMNS.unitId]: "U002",
  [IMPORT_COLUMNS.platform]: "微信公众号",
  [IMPORT_COLUMNS.accountName]: "清河教育",
  [IMPORT_COLUMNS.platformAccountId]: "gh_qinghejy",
  [IMPORT_COLUMNS.purpose]: "发布教育政策、招生考试信息，回应群众关切。",
  [IMPORT_COLUMNS.publishingScope]: "教育政务公开、政策解读、招生考试。",
  [IMPORT_COLUMNS["leader.name"]]: "李明",
  [IMPORT_COLUMNS["leader.title"]]: "局长",
  [IMPORT_COLUMNS["leader.phone"]]: "13800000001",
  [IMPORT_COLUMNS["administrators.name"]]: "王芳；张强",
  [IMPORT_COLUMNS["administrators.phone"]]: "13800000002；13800000003",
  [IMPORT_COLUMNS["administrators.email"]]: "wangfang@edu.qinghe.gov.cn；zhangqiang@edu.qinghe.gov.cn",
  [IMPORT_COLUMNS["administrators.onPayroll"]]: "是；是",
  [IMPORT_COLUMNS.operationMode]: "自主运营",
  [IMPORT_COLUMNS["contractor.name"]]: "",
  [IMPORT_COLUMNS["contractor.contractEndDate"]]: "",
  [IMPORT_COLUMNS.verification]: "已认证",
  [IMPORT_COLUMNS.justification]: "",
  [IMPORT_COLUMNS.filedOn]: "2025-03-01",
};

/** Older templates' titles, still accepted. */
export const IMPORT_COLUMN_ALIASES: Record<string, string> = { 主办单位编码: IMPORT_COLUMNS.unitId };

/** A file's column titles with old aliases read as today's. */
export const canonicalColumn = (title: string) => IMPORT_COLUMN_ALIASES[title] ?? title;

export const REQUIRED_IMPORT_COLUMNS = Object.values(IMPORT_COLUMNS).filter((c) => !OPTIONAL_COLUMNS.has(c));

export interface ParsedImportRow {
  row: number;
  /** The unit as the file names it: its code, its exact name, or its id. */
  unitRef: string;
  input: FilingInput;
  /** YYYY-MM-DD when the account was originally filed, if the file says. */
  filedOn?: string;
}

const choice = <T extends string>(labels: Record<T, string | { label: string }>, raw: string): T | string => {
  const found = (Object.entries(labels) as [T, string | { label: string }][]).find(
    ([id, v]) => id === raw || (typeof v === "string" ? v : v.label) === raw,
  );
  return found ? found[0] : raw;
};

const split = (cell: string | undefined) => (cell ?? "").split(/[；;\n]/).map((s) => s.trim());
const YES = new Set(["是", "在编", "yes", "y", "true", "1"]);
const NO = new Set(["否", "非在编", "no", "n", "false", "0"]);


/** Where an error points in the file: the column a field came from. */
function columnOf(field: string): string {
  const path = field.replace(/\.\d+(?=\.|$)/g, "");
  return (IMPORT_COLUMNS as Record<string, string>)[path] ?? (FILING_FIELD_LABELS[path] ?? field);
}

export const importError = (row: number, field: string, code: string, message: string): FieldError => ({
  field: `${row}.${field}`,
  code,
  message: `第 ${row} 行「${columnOf(field)}」：${message}`,
});

/** Turns one row into the filing form it stands for and checks it with the filing's own schema. */
export function parseImportRow({ row, cells }: ImportRow): { parsed?: ParsedImportRow; errors: FieldError[] } {
  const cell = (column: string) => (cells[column] ?? Object.entries(cells).find(([title]) => canonicalColumn(title) === column)?.[1] ?? "").trim();
  const c = IMPORT_COLUMNS;
  const names = split(cells[c["administrators.name"]]);
  const phones = split(cells[c["administrators.phone"]]);
  const emails = split(cells[c["administrators.email"]]);
  const payroll = split(cells[c["administrators.onPayroll"]]);
  const errors: FieldError[] = [];
  const administrators = names.map((name, i) => {
    const flag = (payroll[i] ?? payroll[0] ?? "").toLowerCase();
    if (!YES.has(flag) && !NO.has(flag)) errors.push(importError(row, `administrators.${i}.onPayroll`, "INVALID_CHOICE", "请填写“是”或“否”"));
    return { name, phone: phones[i] ?? "", email: emails[i] ?? "", onPayroll: YES.has(flag) };
  });
  const contractorName = cell(c["contractor.name"]);
  const contractEnd = cell(c["contractor.contractEndDate"]);
  const justification = cell(c.justification);
  const body = {
    platform: choice(PLATFORMS, cell(c.platform)) as Platform,
    accountName: cell(c.accountName),
    platformAccountId: cell(c.platformAccountId),
    purpose: cell(c.purpose),
    publishingScope: cell(c.publishingScope),
    leader: { name: cell(c["leader.name"]), title: cell(c["leader.title"]), phone: cell(c["leader.phone"]) },
    administrators: names.length === 1 && names[0] === "" ? [] : administrators,
    operationMode: choice(OPERATION_MODE_LABELS, cell(c.operationMode)),
    ...(contractorName || contractEnd ? { contractor: { name: contractorName, contractEndDate: contractEnd } } : {}),
    verification: choice(VERIFICATION_LABELS, cell(c.verification)),
    ...(justification ? { justification } : {}),
  };
  const unitRef = cell(c.unitId);
  if (!unitRef) errors.push(importError(row, "unitId", "REQUIRED", "不能为空"));
  const filedOn = cell(c.filedOn);
  if (filedOn && !isCalendarDate(filedOn)) errors.push(importError(row, "filedOn", "INVALID_FORMAT", "日期格式应为 YYYY-MM-DD，且须为有效日期"));
  const result = filingInputSchema.safeParse(body);
  if (!result.success) {
    errors.push(...toFieldErrors(result.error, FILING_FIELD_LABELS).map((e) => importError(row, e.field, e.code, e.message)));
  }
  if (errors.length || !result.success) return { errors };
  return { parsed: { row, unitRef, input: result.data, ...(filedOn ? { filedOn } : {}) }, errors };
}
