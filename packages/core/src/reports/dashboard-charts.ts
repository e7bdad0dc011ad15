import { hasRole } from "../directory/people.js";
import { STAGE_LABELS, STAGES } from "../review/stages.js";
import { PLATFORM_IDS, PLATFORMS } from "../shared/platforms.js";
import type { FigureSources } from "./figure-source.js";
import { total } from "./figure-reader.js";
import { monthLabel } from "./months.js";
import { rankUnits } from "./rankings-report.js";
import type { RankingTerm } from "./ranking-terms.js";
import type { ReportDefinition } from "./report-context.js";
import type { ReportTable } from "./report-table.js";
import { quantileBucket } from "./wait-buckets.js";

const hours = (bucket: string | undefined) => (bucket === undefined ? 0 : bucket === "more" ? 504 : Number(bucket));

/** The 工作台's charts, each a table that can be exported like any report's. */
export function dashboardCharts(sources: FigureSources, terms: () => RankingTerm[]): ReportDefinition {
  return {
    id: "dashboard",
    title: "工作台",
    async build(ctx) {
      const accounts = await ctx.figures.get("accounts", { perPlatform: true });
      const events = await ctx.figures.get("accountEvents");
      const reviews = await ctx.figures.get("reviews");
      const waits = await ctx.figures.get("stageWaits");
      const tables: ReportTable[] = [
        {
          id: "dashboard.platformMix",
          title: "已备案账号平台分布",
          columns: [
            { key: "platform", label: "平台类型" },
            { key: "filed", label: "已备案账号", numeric: true },
          ],
          rows: PLATFORM_IDS.map((p) => ({ platform: PLATFORMS[p].label, filed: total(accounts, (k) => k[1] === p && k[2] === "filed") })).filter((r) => r.filed > 0),
          chart: { type: "pie", category: "platform", series: ["filed"] },
        },
        {
          id: "dashboard.trend",
          title: "每月趋势",
          columns: [
            { key: "month", label: "月份" },
            { key: "opened", label: "开设", numeric: true },
            { key: "changed", label: "变更", numeric: true },
            { key: "cancelled", label: "注销", numeric: true },
            { key: "submitted", label: "提交审核", numeric: true },
          ],
          rows: ctx.months.map((m) => ({
            month: monthLabel(m),
            opened: total(events.filter((c) => c.period === m), (k) => k[2] === "opened"),
            changed: total(events.filter((c) => c.period === m), (k) => k[2] === "changed"),
            cancelled: total(events.filter((c) => c.period === m), (k) => k[2] === "cancelled"),
            submitted: total(reviews.filter((c) => c.period === m), (k) => k[2] === "submitted"),
          })),
          chart: { type: "line", category: "month", series: ["opened", "changed", "cancelled", "submitted"] },
        },
        {
          id: "dashboard.stageWaits",
          title: "各审核环节等待时间（小时，所在档上限）",
          columns: [
            { key: "stage", label: "审核环节" },
            { key: "decided", label: "已处理", numeric: true },
            { key: "p50Hours", label: "中位数（小时）", numeric: true },
            { key: "p90Hours", label: "90%分位（小时）", numeric: true },
          ],
          rows: STAGES.map((s) => {
            const h = new Map<string, number>();
            for (const c of waits) if (c.key[2] === s) h.set(c.key[3], (h.get(c.key[3]) ?? 0) + c.n);
            return { stage: STAGE_LABELS[s], decided: [...h.values()].reduce((a, b) => a + b, 0), p50Hours: hours(quantileBucket(h, 0.5)), p90Hours: hours(quantileBucket(h, 0.9)) };
          }),
          chart: { type: "bar", category: "stage", series: ["p50Hours", "p90Hours"] },
        },
      ];
      if (hasRole(ctx.actor, "admin")) {
        const { rows } = await rankUnits(ctx, sources, terms());
        tables.push({
          id: "dashboard.ranking",
          title: "单位合规得分（前 10 名）",
          columns: [
            { key: "rank", label: "名次", numeric: true },
            { key: "unit", label: "单位" },
            { key: "score", label: "得分", numeric: true },
          ],
          rows: rows.slice(0, 10).map((r) => ({ rank: r.rank, unit: r.unit, score: r.score })),
          chart: { type: "bar", category: "unit", series: ["score"] },
        });
      }
      return { tables };
    },
  };
}
