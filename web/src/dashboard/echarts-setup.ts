import type { ReportTable } from "@beian/core";
import { BarChart, LineChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { chartOption } from "./chart-option.js";

// Only what the reports draw: three chart types, their axes, legend and tooltip, on canvas.
use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** Draws a table's chart into the element; returns what undoes it. */
export function draw(element: HTMLElement, table: ReportTable): () => void {
  const option = chartOption(table);
  if (!option) return () => {};
  const chart = init(element, undefined, { renderer: "canvas" });
  chart.setOption(option);
  element.dataset.drawn = "true";
  const resize = () => chart.resize();
  window.addEventListener("resize", resize);
  return () => {
    window.removeEventListener("resize", resize);
    chart.dispose();
  };
}
