import { daysSince, MONITOR_STATE_LABELS, type MonitorState } from "../content/monitor/monitor-entry.js";
import { PLATFORM_IDS, PLATFORMS } from "../shared/platforms.js";
import { daysSinceDistribution, recentMonths } from "./days-since.js";
import type { DashboardActionSource, DashboardCardSource } from "./dashboard-parts.js";
import { total } from "./figure-reader.js";
import type { FigureCount } from "./figures.js";
import { monthLabel } from "./months.js";
import type { RankingTerm } from "./ranking-terms.js";
import { rollUp, type ReportContext, type ReportDefinition } from "./report-context.js";
import type { ReportTable } from "./report-table.js";

const LIST_SIZE = 10;
/** Points the ranking deducts per recorded violation. */
export const POINTS_PER_UPDATE_VIOLATION = 5;

/** Counts summed per unit (the key's first part), where the key matches. */
function perUnit(counts: FigureCount[], match: (key: string[]) => boolean): Map<string, number> {
  const sums = new Map<string, number>();
  for (const c of counts) if (match(c.key)) sums.set(c.key[0], (sums.get(c.key[0]) ?? 0) + c.n);
  return sums;
}

async function byUnit(ctx: ReportContext): Promise<ReportTable> {
  const status = await ctx.figures.get("updateStatus", { perUnit: true });
  const events = await ctx.figures.get("updateEvents", { perUnit: true });
  const columns = {
    watched: rollUp(ctx.units, perUnit(status, () => true)),
    warnedNow: rollUp(ctx.units, perUnit(status, (k) => k[2] === "warned")),
    violatedNow: rollUp(ctx.units, perUnit(status, (k) => k[2] === "violated")),
    warnings: rollUp(ctx.units, perUnit(events, (k) => k[2] === "warned")),
    violations: rollUp(ctx.units, perUnit(events, (k) => k[2] === "violated")),
  };
  return {
    id: "updates.byUnit",
    title: "更新情况（按单位，含下级汇总）",
    columns: [
      { key: "unit", label: "单位" },
      { key: "watched", label: "监测账号", numeric: true },
      { key: "warnedNow", label: "当前已预警", numeric: true },
      { key: "violatedNow", label: "当前已违规", numeric: true },
      { key: "warnings", label: "期内预警次数", numeric: true },
      { key: "violations", label: "期内违规次数", numeric: true },
    ],
    rows: ctx.units
      .map((u) => ({ unit: u.name, ...Object.fromEntries(Object.entries(columns).map(([key, sums]) => [key, sums.get(u.unitId) ?? 0])) }))
      .filter((row) => Object.values(row).some((v) => typeof v === "number" && v > 0)),
    chart: { type: "bar", category: "unit", series: ["warnings", "violations"] },
  };
}

async function byPlatform(ctx: ReportContext): Promise<ReportTable> {
  const status = await ctx.figures.get("updateStatus", { perPlatform: true });
  const events = await ctx.figures.get("updateEvents", { perPlatform: true });
  return {
    id: "updates.byPlatform",
    title: "更新情况（按平台）",
    columns: [
      { key: "platform", label: "平台类型" },
      { key: "watched", label: "监测账号", numeric: true },
      { key: "warnedNow", label: "当前已预警", numeric: true },
      { key: "violatedNow", label: "当前已违规", numeric: true },
      { key: "violations", label: "期内违规次数", numeric: true },
    ],
    rows: PLATFORM_IDS.map((p) => ({
      platform: PLATFORMS[p].label,
      watched: total(status, (k) => k[1] === p),
      warnedNow: total(status, (k) => k[1] === p && k[2] === "warned"),
      violatedNow: total(status, (k) => k[1] === p && k[2] === "violated"),
      violations: total(events, (k) => k[1] === p && k[2] === "violated"),
    })).filter((row) => row.watched + row.violations > 0),
    chart: { type: "stacked-bar", category: "platform", series: ["warnedNow", "violatedNow"] },
  };
}

/** 更新监测统计: who is warned or in violation now and per month, by unit and platform, and how long accounts have gone without an update. */
export const updateReport: ReportDefinition = {
  id: "updates",
  title: "更新监测统计",
  async build(ctx) {
    const events = await ctx.figures.get("updateEvents");
    const monthly: ReportTable = {
      id: "updates.monthly",
      title: "每月更新预警与违规",
      columns: [
        { key: "month", label: "月份" },
        { key: "warnings", label: "预警", numeric: true },
        { key: "violations", label: "违规", numeric: true },
      ],
      rows: ctx.months.map((m) => ({
        month: monthLabel(m),
        warnings: total(events.filter((c) => c.period === m), (k) => k[2] === "warned"),
        violations: total(events.filter((c) => c.period === m), (k) => k[2] === "violated"),
      })),
      chart: { type: "line", category: "month", series: ["warnings", "violations"] },
    };
    const watched = total(await ctx.figures.get("updateStatus"));
    const distribution: ReportTable = {
      id: "updates.daysSince",
      title: "距最近一次更新的天数（当前）",
      columns: [
        { key: "bucket", label: "未更新天数" },
        { key: "accounts", label: "账号数", numeric: true },
      ],
      rows: daysSinceDistribution(await ctx.figuresOver(recentMonths(ctx.now)).get("lastUpdates"), watched, ctx.now).map((b) => ({ bucket: b.label, accounts: b.accounts })),
      chart: { type: "bar", category: "bucket", series: ["accounts"] },
    };
    return {
      tables: [await byUnit(ctx), monthly, await byPlatform(ctx), distribution],
      notes: [
        "监测账号为已纳入更新监测的账号（注销获批后不再监测）；“当前”各列为此刻的状态，不受月份筛选影响。",
        "预警、违规由每日监测按各平台阈值记录（默认 10 天未更新预警、14 天未更新违规），按记录的月份统计。",
        "未更新天数按北京时间的日期计算，自最近一次发布（系统发布或非系统发布登记）或纳入监测之日起。",
      ],
    };
  },
};

const stateLabel = (state: string) => MONITOR_STATE_LABELS[state as MonitorState] ?? state;

/** 工作台: accounts in violation now, and those warned (about to be). */
export const UPDATE_CARDS: DashboardCardSource[] = [
  {
    id: "updateViolations",
    sets: ["updateStatus"],
    card: async (ctx) => {
      const value = total(await ctx.figures.get("updateStatus"), (k) => k[2] === "violated");
      return { id: "updateViolations", label: "更新违规账号", value, tone: value > 0 ? "err" : "ok", href: "#/update-monitor" };
    },
  },
  {
    id: "updateWarnings",
    sets: ["updateStatus"],
    card: async (ctx) => {
      const value = total(await ctx.figures.get("updateStatus"), (k) => k[2] === "warned");
      return { id: "updateWarnings", label: "更新预警账号", value, tone: value > 0 ? "warn" : "ok", href: "#/update-monitor" };
    },
  },
];

/**
 * The accounts longest without an update among those warned or in violation: the first few cells in
 * key order (per unit in scope), so the list costs the same however many accounts are behind.
 */
export const updateAlertsAction: DashboardActionSource = {
  id: "updateAlerts",
  async list(ctx, lookups) {
    const [first, status] = await Promise.all([ctx.figures.first("updateAlerts", LIST_SIZE), ctx.figures.get("updateStatus")]);
    const shown = first.sort((a, b) => a.key[1].localeCompare(b.key[1]) || a.key[2].localeCompare(b.key[2])).slice(0, LIST_SIZE);
    const accounts = new Map((await lookups.accounts(shown.map((c) => c.key[2]))).map((a) => [a.accountId, a]));
    return {
      id: "updateAlerts",
      title: "更新预警、违规的账号",
      items: shown.map((c) => {
        const [, lastPublishedAt, accountId, state] = c.key;
        const account = accounts.get(accountId);
        return {
          label: account?.accountName ?? accountId,
          detail: `${stateLabel(state)} · ${account ? ctx.unitName(account.unitId) : "—"} · 已 ${daysSince(lastPublishedAt, ctx.now)} 天未更新`,
          href: `#/accounts/${encodeURIComponent(accountId)}`,
        };
      }),
      more: Math.max(0, total(status, (k) => k[2] !== "ok") - shown.length),
    };
  },
};

export const updateRankingTerm: RankingTerm = {
  id: "updates",
  label: "更新不及时扣分",
  rule: `本单位账号期内每记录一次更新违规（超过规定天数未更新），扣 ${POINTS_PER_UPDATE_VIOLATION} 分`,
  sets: ["updateEvents"],
  deduction: (u) => POINTS_PER_UPDATE_VIOLATION * u.sum("updateEvents", (k) => k[2] === "violated"),
};
