import { PLATFORM_IDS, PLATFORMS } from "../shared/platforms.js";
import type { DashboardCardSource } from "./dashboard-parts.js";
import { total } from "./figure-reader.js";
import type { FigureCount } from "./figures.js";
import { monthLabel } from "./months.js";
import { rollUp, type ReportDefinition } from "./report-context.js";
import type { ReportColumn, ReportTable } from "./report-table.js";
import type { PublicationKind } from "./sources/content-figures.js";

const KINDS: Record<PublicationKind, string> = { original: "原创", repost: "转载", manual: "非系统发布" };

const COLUMNS: ReportColumn[] = [{ key: "published", label: "发布数", numeric: true }, ...Object.entries(KINDS).map(([key, label]) => ({ key, label, numeric: true }))];

/** 发布数 and its parts for the counts that match. */
function sums(counts: FigureCount[], match: (key: string[]) => boolean = () => true): { published: number } & Record<string, number> {
  const row: { published: number } & Record<string, number> = { published: total(counts, match) };
  for (const kind of Object.keys(KINDS)) row[kind] = total(counts, (k) => match(k) && k[2] === kind);
  return row;
}

/** 发布统计: publications per month, unit and platform; 原创 / 转载 from the approved version, 非系统发布 apart. */
export const publicationReport: ReportDefinition = {
  id: "publications",
  title: "发布统计",
  async build(ctx) {
    const all = await ctx.figures.get("publications");
    const byUnitCounts = await ctx.figures.get("publications", { perUnit: true });
    const byPlatformCounts = await ctx.figures.get("publications", { perPlatform: true });

    const monthly: ReportTable = {
      id: "publications.monthly",
      title: "每月发布",
      columns: [{ key: "month", label: "月份" }, ...COLUMNS],
      rows: ctx.months.map((m) => ({ month: monthLabel(m), ...sums(all.filter((c) => c.period === m)) })),
      chart: { type: "line", category: "month", series: ["published", "original", "repost"] },
    };

    const own = Object.fromEntries(
      ["published", ...Object.keys(KINDS)].map((key) => {
        const perUnit = new Map<string, number>();
        for (const c of byUnitCounts) if (key === "published" || c.key[2] === key) perUnit.set(c.key[0], (perUnit.get(c.key[0]) ?? 0) + c.n);
        return [key, rollUp(ctx.units, perUnit)];
      }),
    );
    const byUnit: ReportTable = {
      id: "publications.byUnit",
      title: "发布情况（按单位，含下级汇总）",
      columns: [{ key: "unit", label: "单位" }, ...COLUMNS],
      rows: ctx.units
        .map((u): Record<string, string | number> => ({ unit: u.name, ...Object.fromEntries(Object.entries(own).map(([key, totals]) => [key, totals.get(u.unitId) ?? 0])) }))
        .filter((row) => (row.published as number) > 0),
      chart: { type: "stacked-bar", category: "unit", series: Object.keys(KINDS) },
    };

    const byPlatform: ReportTable = {
      id: "publications.byPlatform",
      title: "发布情况（按平台）",
      columns: [{ key: "platform", label: "平台类型" }, ...COLUMNS],
      rows: PLATFORM_IDS.map((p) => ({ platform: PLATFORMS[p].label, ...sums(byPlatformCounts, (k) => k[1] === p) })).filter((row) => row.published > 0),
      chart: { type: "pie", category: "platform", series: ["published"] },
    };
    return {
      tables: [monthly, byUnit, byPlatform],
      notes: ["发布数为发布登记的条数（一篇稿件在几个账号发布计几条）；原创、转载取自审核通过的稿件版本。", "非系统发布为在系统外发布后补登记的信息，系统未审核其内容，不计入原创或转载。"],
    };
  },
};

/** 工作台: drafts waiting for their review (an operator's home shows their unit's). */
export const DRAFT_CARDS: DashboardCardSource[] = [
  {
    id: "draftsInReview",
    sets: ["drafts"],
    card: async (ctx) => ({ id: "draftsInReview", label: "审核中的稿件", value: total(await ctx.figures.get("drafts"), (k) => k[1] === "in_review"), href: "#/content" }),
  },
  {
    id: "draftsReturned",
    sets: ["drafts"],
    card: async (ctx) => {
      const value = total(await ctx.figures.get("drafts"), (k) => k[1] === "returned");
      return { id: "draftsReturned", label: "退回修改的稿件", value, tone: value > 0 ? "warn" : "ok", href: "#/content" };
    },
  },
];
