import { ACCOUNT_STATUS_LABELS, type AccountStatus } from "../register/account.js";
import { PLATFORM_IDS, PLATFORMS, type Platform } from "../shared/platforms.js";
import { total } from "./figure-reader.js";
import { monthLabel } from "./months.js";
import { rollUp, type ReportDefinition } from "./report-context.js";
import type { ReportTable } from "./report-table.js";

const STATUSES = Object.keys(ACCOUNT_STATUS_LABELS) as AccountStatus[];
const EVENTS = { opened: "开设", changed: "变更", cancelled: "注销" } as const;

/** 备案登记统计: accounts by platform × status and by unit now; opened / changed / cancelled per month. */
export const registerReport: ReportDefinition = {
  id: "register",
  title: "备案登记统计",
  async build(ctx) {
    const accounts = await ctx.figures.get("accounts", { perPlatform: true });
    const accountsByUnit = await ctx.figures.get("accounts", { perUnit: true });
    const events = await ctx.figures.get("accountEvents");

    const byPlatform: ReportTable = {
      id: "register.byPlatform",
      title: "账号数量（按平台和状态，当前）",
      columns: [{ key: "platform", label: "平台类型" }, ...STATUSES.map((s) => ({ key: s, label: ACCOUNT_STATUS_LABELS[s], numeric: true })), { key: "total", label: "合计", numeric: true }],
      rows: PLATFORM_IDS.map((p: Platform) => {
        const row: Record<string, string | number> = { platform: PLATFORMS[p].label };
        for (const s of STATUSES) row[s] = total(accounts, (k) => k[1] === p && k[2] === s);
        row.total = total(accounts, (k) => k[1] === p);
        return row;
      }).filter((row) => (row.total as number) > 0),
      chart: { type: "stacked-bar", category: "platform", series: STATUSES },
    };

    const own = (status?: AccountStatus) => {
      const sums = new Map<string, number>();
      for (const c of accountsByUnit) if (!status || c.key[2] === status) sums.set(c.key[0], (sums.get(c.key[0]) ?? 0) + c.n);
      return sums;
    };
    const filedOwn = own("filed");
    const allOwn = own();
    const filedTotal = rollUp(ctx.units, filedOwn);
    const allTotal = rollUp(ctx.units, allOwn);
    const byUnit: ReportTable = {
      id: "register.byUnit",
      title: "账号数量（按单位，含下级汇总，当前）",
      columns: [
        { key: "unit", label: "单位" },
        ...STATUSES.map((s) => ({ key: s, label: `本单位${ACCOUNT_STATUS_LABELS[s]}`, numeric: true })),
        { key: "filedTotal", label: "已备案（含下级）", numeric: true },
        { key: "total", label: "合计（含下级）", numeric: true },
      ],
      rows: ctx.units
        .map((u) => {
          const row: Record<string, string | number> = { unit: u.name };
          for (const s of STATUSES) row[s] = total(accountsByUnit, (k) => k[0] === u.unitId && k[2] === s);
          row.filedTotal = filedTotal.get(u.unitId) ?? 0;
          row.total = allTotal.get(u.unitId) ?? 0;
          return row;
        })
        .filter((row) => (row.total as number) > 0),
      chart: { type: "bar", category: "unit", series: ["filedTotal"] },
    };

    const monthly: ReportTable = {
      id: "register.monthly",
      title: "每月开设、变更、注销",
      columns: [{ key: "month", label: "月份" }, ...Object.entries(EVENTS).map(([key, label]) => ({ key, label, numeric: true }))],
      rows: ctx.months.map((m) => {
        const row: Record<string, string | number> = { month: monthLabel(m) };
        for (const e of Object.keys(EVENTS)) row[e] = events.filter((c) => c.period === m && c.key[2] === e).reduce((s, c) => s + c.n, 0);
        return row;
      }),
      chart: { type: "line", category: "month", series: Object.keys(EVENTS) },
    };
    return { tables: [byPlatform, byUnit, monthly] };
  },
};
