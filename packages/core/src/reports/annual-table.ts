import type { Account } from "../register/account.js";
import { ACCOUNT_STATUS_LABELS } from "../register/account.js";
import { PLATFORMS } from "../shared/platforms.js";
import { dateInShanghai } from "../shared/time.js";
import type { FigureCount } from "./figures.js";

/** Per-account yearly figures: [unit, account, field] → n, per year. Sources of publications, update violations and inspection results feed it. */
export const ACCOUNT_YEAR_SET = "accountYear";
export const ACCOUNT_YEAR_SPEC = { platform: false, period: "year" } as const;

export interface AnnualRow {
  index: number;
  account: Account;
  unitName: string;
  /** The account's yearly figure for a field (0 when none was recorded). */
  figure(field: string): number;
  /** Fields of the account's yearly figures starting with a prefix ("inspection:") that are non-zero. */
  fieldsStarting(prefix: string): string[];
}

/** A column of the 年度统计表; registering more (发布数, 原创数, 更新违规次数, 年检结果) widens the table. */
export interface AnnualColumn {
  header: string;
  width?: number;
  value(row: AnnualRow): string | number;
}

const day = (iso?: string) => (iso ? dateInShanghai(iso) : "");

/** The columns the system can fill today. */
export const CORE_ANNUAL_COLUMNS: AnnualColumn[] = [
  { header: "序号", width: 6, value: (r) => r.index },
  { header: "账号名称", width: 24, value: (r) => r.account.accountName },
  { header: "平台类型", width: 12, value: (r) => PLATFORMS[r.account.platform]?.label ?? r.account.platform },
  { header: "平台账号或网址", width: 28, value: (r) => r.account.data.platformAccountId },
  { header: "主办单位", width: 24, value: (r) => r.unitName },
  { header: "备案编号", width: 22, value: (r) => r.account.filingNumber },
  { header: "状态", width: 8, value: (r) => ACCOUNT_STATUS_LABELS[r.account.status] },
  { header: "备案日期", width: 12, value: (r) => day(r.account.filedAt) },
  { header: "注销日期", width: 12, value: (r) => day(r.account.cancelledAt) },
];

/** Whether an account was in the register at some time during the year (Beijing dates). */
export function activeInYear(account: Account, year: number): boolean {
  const filed = dateInShanghai(account.filedAt);
  const cancelled = account.cancelledAt ? dateInShanghai(account.cancelledAt) : undefined;
  return filed <= `${year}-12-31` && (!cancelled || cancelled >= `${year}-01-01`);
}

export function annualRows(accounts: Account[], unitNames: Map<string, string>, yearFigures: FigureCount[]): Omit<AnnualRow, "index">[] {
  const byAccount = new Map<string, Map<string, number>>();
  for (const c of yearFigures) {
    const fields = byAccount.get(c.key[1]) ?? new Map<string, number>();
    fields.set(c.key[2], (fields.get(c.key[2]) ?? 0) + c.n);
    byAccount.set(c.key[1], fields);
  }
  return accounts.map((account) => {
    const fields = byAccount.get(account.accountId) ?? new Map<string, number>();
    return {
      account,
      unitName: unitNames.get(account.unitId) ?? account.unitId,
      figure: (field: string) => fields.get(field) ?? 0,
      fieldsStarting: (prefix: string) => [...fields].filter(([f, n]) => f.startsWith(prefix) && n !== 0).map(([f]) => f.slice(prefix.length)),
    };
  });
}
