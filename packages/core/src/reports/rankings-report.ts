import type { FigureSources } from "./figure-source.js";
import type { FigureCount } from "./figures.js";
import type { ReportContext, ReportDefinition } from "./report-context.js";
import type { ReportTable } from "./report-table.js";
import { RANKING_BASE, unitFigures, type RankingTerm } from "./ranking-terms.js";

/** The ranking rows: every unit in scope with an account or a figure, best score first (ties share a rank). */
export async function rankUnits(ctx: ReportContext, sources: FigureSources, terms: RankingTerm[]) {
  const active = terms.filter((t) => t.sets.every((s) => sources.has(s)));
  const bySet = new Map<string, FigureCount[]>();
  for (const set of new Set(["accounts", ...active.flatMap((t) => t.sets)])) {
    if (sources.has(set)) bySet.set(set, await ctx.figures.get(set, { perUnit: true }));
  }
  const rows = ctx.units
    .map((unit) => {
      const figures = unitFigures(unit.unitId, bySet);
      const hasAny = [...bySet.keys()].some((set) => figures.sum(set) !== 0);
      const deductions = Object.fromEntries(active.map((t) => [t.id, t.deduction(figures, ctx)]));
      const score = Math.max(0, RANKING_BASE - Object.values(deductions).reduce((a, b) => a + b, 0));
      return { unitId: unit.unitId, unit: unit.name, score, deductions, hasAny };
    })
    .filter((r) => r.hasAny)
    .sort((a, b) => b.score - a.score || a.unit.localeCompare(b.unit, "zh-CN"));
  let rank = 0;
  return { active, rows: rows.map((r, i) => ({ ...r, rank: i > 0 && rows[i - 1].score === r.score ? rank : (rank = i + 1) })) };
}

export function rankingFormula(terms: RankingTerm[]): string[] {
  return [`得分 = ${RANKING_BASE} − 各项扣分之和（最低 0 分），得分相同名次并列。`, ...terms.map((t, i) => `${i + 1}. ${t.rule}`)];
}

/** 单位排名: units ranked by a compliance score whose formula is shown with it. */
export function rankingsReport(sources: FigureSources, terms: () => RankingTerm[]): ReportDefinition {
  return {
    id: "rankings",
    title: "单位排名",
    async build(ctx) {
      const { active, rows } = await rankUnits(ctx, sources, terms());
      const table: ReportTable = {
        id: "rankings.units",
        title: "单位合规得分排名",
        columns: [
          { key: "rank", label: "名次", numeric: true },
          { key: "unit", label: "单位" },
          { key: "score", label: "得分", numeric: true },
          ...active.map((t) => ({ key: t.id, label: t.label, numeric: true })),
        ],
        rows: rows.map((r) => ({ rank: r.rank, unit: r.unit, score: r.score, ...r.deductions })),
        chart: { type: "bar", category: "unit", series: ["score"] },
      };
      return { tables: [table], notes: rankingFormula(active) };
    },
  };
}
