import { STAGE_LABELS, STAGES } from "../review/stages.js";
import type { FigureCount } from "./figures.js";
import { monthLabel } from "./months.js";
import type { ReportContext, ReportDefinition } from "./report-context.js";
import type { ReportTable } from "./report-table.js";
import { bucketLabel, quantileBucket } from "./wait-buckets.js";

const EVENTS = { submitted: "提交", approved: "通过", returned: "退回修改", rejected: "不予通过", expired: "超时" } as const;

const histogram = (counts: FigureCount[]) => {
  const h = new Map<string, number>();
  for (const c of counts) h.set(c.key[c.key.length - 1], (h.get(c.key[c.key.length - 1]) ?? 0) + c.n);
  return h;
};

/** Pending stages older than the escalation threshold are overdue; the key carries when each opened. */
export function pendingOf(pending: FigureCount[], ctx: Pick<ReportContext, "now" | "overdueAfterHours">) {
  const cutoff = new Date(ctx.now.getTime() - ctx.overdueAfterHours * 3_600_000).toISOString();
  return { all: pending, overdue: pending.filter((c) => c.key[3] < cutoff) };
}

/** The kinds to show: every registered kind, and any kind the figures hold that is not registered here. */
export async function reviewKinds(ctx: ReportContext) {
  const seen = new Set((await ctx.figures.get("reviews")).map((c) => c.key[1]));
  const kinds = [...ctx.kinds];
  for (const kind of seen) if (!kinds.some((k) => k.kind === kind)) kinds.push({ kind, label: kind });
  return kinds;
}

async function kindTables(ctx: ReportContext, kind: string, label: string): Promise<ReportTable[]> {
  const ofKind = (counts: FigureCount[]) => counts.filter((c) => c.key[1] === kind);
  const reviews = ofKind(await ctx.figures.get("reviews"));
  const stageWaits = ofKind(await ctx.figures.get("stageWaits"));
  const reviewerWaits = ofKind(await ctx.figures.get("reviewerWaits"));
  const { all, overdue } = pendingOf(ofKind(await ctx.figures.get("pendingStages")), ctx);

  const monthly: ReportTable = {
    id: `reviews.${kind}.monthly`,
    title: `${label}审核：每月办理情况`,
    columns: [{ key: "month", label: "月份" }, ...Object.entries(EVENTS).map(([key, l]) => ({ key, label: l, numeric: true }))],
    rows: ctx.months.map((m) => {
      const row: Record<string, string | number> = { month: monthLabel(m) };
      for (const e of Object.keys(EVENTS)) row[e] = reviews.filter((c) => c.period === m && c.key[2] === e).reduce((s, c) => s + c.n, 0);
      return row;
    }),
    chart: { type: "line", category: "month", series: ["submitted", "approved", "returned", "rejected"] },
  };

  const waitRow = (counts: FigureCount[]) => {
    const h = histogram(counts);
    const p50 = quantileBucket(h, 0.5);
    const p90 = quantileBucket(h, 0.9);
    return { decided: counts.reduce((s, c) => s + c.n, 0), p50: bucketLabel(p50), p90: bucketLabel(p90), p50Hours: hoursOf(p50), p90Hours: hoursOf(p90) };
  };
  const waitColumns = [
    { key: "decided", label: "已处理", numeric: true },
    { key: "p50", label: "等待时间中位数" },
    { key: "p90", label: "等待时间90%分位" },
    { key: "p50Hours", label: "中位数上限（小时）", numeric: true },
    { key: "p90Hours", label: "90%分位上限（小时）", numeric: true },
  ];
  const byStage: ReportTable = {
    id: `reviews.${kind}.stageWaits`,
    title: `${label}审核：各环节等待时间`,
    columns: [{ key: "stage", label: "审核环节" }, ...waitColumns],
    rows: STAGES.map((s) => ({ stage: STAGE_LABELS[s], ...waitRow(stageWaits.filter((c) => c.key[2] === s)) })),
    chart: { type: "bar", category: "stage", series: ["p50Hours", "p90Hours"] },
    note: "等待时间自环节开启至作出决定，按 1、2、4、8、24、48、72、120、168、336 小时分档统计，显示所在档的上限。",
  };

  const reviewerIds = [...new Set(reviewerWaits.map((c) => c.key[2]))];
  const names = await ctx.personNames(reviewerIds);
  const byReviewer: ReportTable = {
    id: `reviews.${kind}.reviewers`,
    title: `${label}审核：各审核人等待时间`,
    columns: [{ key: "reviewer", label: "审核人" }, ...waitColumns],
    rows: reviewerIds
      .map((id) => ({ reviewer: names.get(id) ?? id, ...waitRow(reviewerWaits.filter((c) => c.key[2] === id)) }))
      .sort((a, b) => b.decided - a.decided || a.reviewer.localeCompare(b.reviewer, "zh-CN")),
  };

  const pending: ReportTable = {
    id: `reviews.${kind}.pending`,
    title: `${label}审核：当前待审核`,
    columns: [
      { key: "stage", label: "审核环节" },
      { key: "pending", label: "待审核", numeric: true },
      { key: "overdue", label: `逾期（超过 ${ctx.overdueAfterHours} 小时）`, numeric: true },
    ],
    rows: STAGES.map((s) => ({
      stage: STAGE_LABELS[s],
      pending: all.filter((c) => c.key[2] === s).reduce((n, c) => n + c.n, 0),
      overdue: overdue.filter((c) => c.key[2] === s).reduce((n, c) => n + c.n, 0),
    })),
    chart: { type: "bar", category: "stage", series: ["pending", "overdue"] },
  };
  return [monthly, byStage, byReviewer, pending];
}

/** A bucket's upper bound in hours, for charts (past two weeks: 504, three weeks). */
function hoursOf(bucket: string | undefined): number {
  if (bucket === undefined) return 0;
  return bucket === "more" ? 504 : Number(bucket);
}

/** 审核统计, one group of tables per kind of review item. */
export const reviewReport: ReportDefinition = {
  id: "reviews",
  title: "审核统计",
  async build(ctx) {
    const tables: ReportTable[] = [];
    for (const { kind, label } of await reviewKinds(ctx)) tables.push(...(await kindTables(ctx, kind, label)));
    return { tables, notes: ["平台类型筛选不适用于审核统计。"] };
  },
};
