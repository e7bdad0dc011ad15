/** @jsxImportSource hono/jsx/dom */
import type { ReportTable } from "@beian/core";
import { reportsApi, type ReportQuery } from "./api.js";
import { ChartView } from "./chart-view.js";

/** One table of a report: its chart (when it has one), the numbers, and its CSV / Excel export. */
export function ReportTableView(props: { table: ReportTable; query: ReportQuery }) {
  const { table, query } = props;
  return (
    <section class="card report-card" data-testid="report-table" data-table={table.id} aria-labelledby={`rt-${table.id}`}>
      <div class="section-head report-head">
        <h2 id={`rt-${table.id}`}>{table.title}</h2>
        <div class="register-actions">
          <a class="btn btn-secondary btn-small" href={reportsApi.exportHref("csv", table.id, query)} download="" data-testid="export-csv">
            导出 CSV
          </a>
          <a class="btn btn-secondary btn-small" href={reportsApi.exportHref("xlsx", table.id, query)} download="" data-testid="export-xlsx">
            导出 Excel
          </a>
        </div>
      </div>
      {table.chart && table.rows.length ? <ChartView table={table} /> : null}
      {table.rows.length ? (
        <div class="table-wrap" tabIndex={0} role="region" aria-label={`${table.title}（数据表）`}>
          <table class="data-table compact report-data">
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th scope="col" class={c.numeric ? "num" : undefined}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr>
                  {table.columns.map((c) => (
                    <td class={c.numeric ? "num" : undefined}>{row[c.key] ?? ""}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="empty">暂无数据。</p>
      )}
      {table.note ? <p class="hint">{table.note}</p> : null}
    </section>
  );
}
