/** @jsxImportSource hono/jsx/dom */
import type { ReportTable } from "@beian/core";
import { useEffect, useRef } from "hono/jsx/dom";

/**
 * A table's chart. ECharts is loaded on the first chart shown (its own chunk), so every other view
 * of the page stays small; the table beside the chart carries the same numbers for screen readers.
 */
export function ChartView(props: { table: ReportTable }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    let undo: (() => void) | undefined;
    import("./echarts-setup.js").then(({ draw }) => {
      if (live && ref.current) undo = draw(ref.current, props.table);
    });
    return () => {
      live = false;
      undo?.();
    };
  }, [props.table]);
  return <div class="chart" ref={ref} role="img" aria-label={`图表：${props.table.title}（数据见下表）`} data-testid="chart" data-table={props.table.id} />;
}
