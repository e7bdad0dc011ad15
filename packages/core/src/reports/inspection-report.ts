import { PLATFORM_IDS, PLATFORMS } from "../shared/platforms.js";
import { total } from "./figure-reader.js";
import type { FigureCount } from "./figures.js";
import type { RankingTerm } from "./ranking-terms.js";
import { rollUp, type ReportContext, type ReportDefinition } from "./report-context.js";
import type { ReportColumn, ReportTable } from "./report-table.js";
import { fact } from "./sources/inspection-figures.js";

/** The columns of 年度检查统计 and the fact of the `inspection` set each counts. */
const MEASURES: { key: string; label: string; fact: string }[] = [
  { key: "reports", label: "应报", fact: fact.reports },
  { key: "submitted", label: "已提交", fact: fact.submitted },
  { key: "inReview", label: "审核中", fact: fact.status("in_review") },
  { key: "approved", label: "已通过", fact: fact.status("approved") },
  { key: "qualified", label: "合格", fact: fact.result("qualified") },
  { key: "basic", label: "基本合格", fact: fact.result("basic") },
  { key: "failed", label: "不合格", fact: fact.result("failed") },
  { key: "overdue", label: "逾期未报", fact: fact.overdue },
  { key: "suspended", label: "停用", fact: fact.outcome("suspended") },
  { key: "restored", label: "整改恢复", fact: fact.outcome("restored") },
  { key: "cancelled", label: "注销", fact: fact.outcome("cancelled") },
];

const COLUMNS: ReportColumn[] = MEASURES.map((m) => ({ key: m.key, label: m.label, numeric: true }));

/** Points the ranking deducts per report: 不合格, 基本合格, 逾期未报. */
export const INSPECTION_POINTS = { failed: 20, basic: 5, overdue: 10 } as const;

/** Every measure over the counts that match (the fact is the key's third part). */
function measures(counts: FigureCount[], match: (key: string[]) => boolean = () => true): Record<string, number> {
  return Object.fromEntries(MEASURES.map((m) => [m.key, total(counts, (k) => match(k) && k[2] === m.fact)]));
}

async function byUnit(ctx: ReportContext): Promise<ReportTable> {
  const counts = await ctx.figures.get("inspection", { perUnit: true });
  const rolled = MEASURES.map((m) => {
    const own = new Map<string, number>();
    for (const c of counts) if (c.key[2] === m.fact) own.set(c.key[0], (own.get(c.key[0]) ?? 0) + c.n);
    return [m.key, rollUp(ctx.units, own)] as const;
  });
  return {
    id: "inspection.byUnit",
    title: "年度检查情况（按单位，含下级汇总）",
    columns: [{ key: "unit", label: "单位" }, ...COLUMNS],
    rows: ctx.units
      .map((u): Record<string, string | number> => ({ unit: u.name, ...Object.fromEntries(rolled.map(([key, sums]) => [key, sums.get(u.unitId) ?? 0])) }))
      .filter((row) => (row.reports as number) > 0),
    chart: { type: "stacked-bar", category: "unit", series: ["qualified", "basic", "failed", "overdue"] },
  };
}

/** 年度检查统计: the campaigns of the years the range touches, by year, unit (sub-units rolled up) and platform. */
export const inspectionReport: ReportDefinition = {
  id: "inspection",
  title: "年度检查统计",
  async build(ctx) {
    const all = await ctx.figures.get("inspection");
    const perPlatform = await ctx.figures.get("inspection", { perPlatform: true });
    const years = [...new Set(ctx.months.map((m) => m.slice(0, 4)))];
    const byYear: ReportTable = {
      id: "inspection.byYear",
      title: "年度检查情况（按年度）",
      columns: [{ key: "year", label: "检查年度" }, ...COLUMNS],
      rows: years.map((y) => ({ year: `${y} 年度`, ...measures(all.filter((c) => c.period === y)) })),
      chart: { type: "bar", category: "year", series: ["reports", "submitted", "approved"] },
    };
    const byPlatform: ReportTable = {
      id: "inspection.byPlatform",
      title: "年度检查情况（按平台）",
      columns: [{ key: "platform", label: "平台类型" }, ...COLUMNS],
      rows: PLATFORM_IDS.map((p): Record<string, string | number> => ({ platform: PLATFORMS[p].label, ...measures(perPlatform, (k) => k[1] === p) })).filter((row) => (row.reports as number) > 0),
      chart: { type: "stacked-bar", category: "platform", series: ["qualified", "basic", "failed", "overdue"] },
    };
    return {
      tables: [byYear, await byUnit(ctx), byPlatform],
      notes: [
        "按检查年度统计：统计区间涉及的年度的年度检查（如 2026 年度检查在 2027 年 1 月办结的，仍计入 2026 年度）。",
        "应报为年度检查开启时纳入的账号；已提交为报送过年度报告（含整改报告）的；已通过为审核已办结、作出评定的（含评定为不合格的）。",
        "合格、基本合格、不合格为当前评定（整改通过的以整改评定为准）；逾期未报为截止日期后仍未提交而停用的；停用为当前处于整改期的账号。",
      ],
    };
  },
};

export const inspectionRankingTerm: RankingTerm = {
  id: "inspection",
  label: "年度检查扣分",
  rule: `年度检查不合格扣 ${INSPECTION_POINTS.failed} 分、基本合格扣 ${INSPECTION_POINTS.basic} 分、逾期未报扣 ${INSPECTION_POINTS.overdue} 分（统计区间涉及的年度，本单位每个账号的年度报告分别计）`,
  sets: ["inspection"],
  deduction: (u) =>
    INSPECTION_POINTS.failed * u.sum("inspection", (k) => k[2] === fact.result("failed")) +
    INSPECTION_POINTS.basic * u.sum("inspection", (k) => k[2] === fact.result("basic")) +
    INSPECTION_POINTS.overdue * u.sum("inspection", (k) => k[2] === fact.overdue),
};
