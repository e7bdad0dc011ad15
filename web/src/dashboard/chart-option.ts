import type { ReportTable } from "@beian/core";

/**
 * A report table's chart as an ECharts option: plain data, built without loading ECharts (the
 * library itself arrives lazily, in echarts-setup.ts).
 */
export function chartOption(table: ReportTable): Record<string, unknown> | undefined {
  const chart = table.chart;
  if (!chart || table.rows.length === 0) return undefined;
  const label = (key: string) => table.columns.find((c) => c.key === key)?.label ?? key;
  const categories = table.rows.map((r) => String(r[chart.category]));
  if (chart.type === "pie") {
    const key = chart.series[0];
    return {
      animation: false,
      tooltip: { trigger: "item", formatter: "{b}：{c}（{d}%）" },
      legend: { bottom: 0, type: "scroll" },
      series: [{ type: "pie", name: label(key), radius: ["35%", "65%"], center: ["50%", "45%"], data: table.rows.map((r) => ({ name: String(r[chart.category]), value: Number(r[key]) || 0 })) }],
    };
  }
  const long = categories.some((c) => c.length > 4) && categories.length > 3;
  return {
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { top: 0, type: "scroll" },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: categories, axisLabel: { interval: 0, rotate: long ? 30 : 0, hideOverlap: true } },
    yAxis: { type: "value", minInterval: 1 },
    series: chart.series.map((key) => ({
      name: label(key),
      type: chart.type === "line" ? "line" : "bar",
      stack: chart.type === "stacked-bar" ? "total" : undefined,
      barMaxWidth: 32,
      data: table.rows.map((r) => Number(r[key]) || 0),
    })),
  };
}
