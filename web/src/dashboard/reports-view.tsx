/** @jsxImportSource hono/jsx/dom */
import { useState } from "hono/jsx/dom";
import type { ViewProps } from "../shell/route.js";
import { LoadError, Loading } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { useLoad } from "../ui/use-load.js";
import { queryString, reportsApi, type ReportQuery } from "./api.js";
import { ReportFilters } from "./report-filters.js";
import { ReportTableView } from "./report-table-view.js";

const FIELDS = ["report", "from", "to", "unitId", "subUnits", "platform"] as const;
const fromUrl = (params: URLSearchParams): ReportQuery => Object.fromEntries(FIELDS.map((f) => [f, params.get(f) ?? undefined]).filter(([, v]) => v)) as ReportQuery;

/** 统计报表: the registered reports as tabs, one filter for all, every table with its chart and export, and the 年度统计表. */
export function ReportsView({ person, query: params, navigate }: ViewProps) {
  const query = fromUrl(params);
  const isAdmin = person.roles.includes("admin");
  const reports = useLoad(() => reportsApi.list());
  const current = query.report ?? "register";
  const page = useLoad(() => reportsApi.report(current, query));
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const go = (q: ReportQuery) => navigate(`#/reports${queryString({ ...q })}`);
  return (
    <>
      <div class="page-head">
        <PageTitle>统计报表</PageTitle>
        <a class="btn btn-secondary" href="#/dashboard">
          返回{isAdmin ? "工作台" : "本单位概况"}
        </a>
      </div>
      <nav class="report-tabs" aria-label="报表">
        {(reports.state === "ok" ? reports.data : []).map((r) => (
          <a href={`#/reports${queryString({ ...query, report: r.id })}`} aria-current={r.id === current ? "page" : undefined} data-testid={`report-tab-${r.id}`}>
            {r.title}
          </a>
        ))}
      </nav>
      <div class="card">
        <ReportFilters query={query} isAdmin={isAdmin} onSearch={(q) => go({ ...q, report: current })} />
        <div class="annual">
          <label for="rp-year">年度统计表</label>
          <input id="rp-year" type="number" min="2000" max="2100" value={year} onInput={(e: Event) => setYear((e.target as HTMLInputElement).value)} />
          <a class="btn btn-secondary btn-small" href={reportsApi.annualHref(year, query)} download="" data-testid="annual-xlsx">
            下载年度统计表（Excel）
          </a>
        </div>
      </div>
      {page.state === "loading" ? <Loading /> : null}
      {page.state === "error" ? <LoadError error={page.error} /> : null}
      {page.state === "ok" ? (
        <>
          {page.data.notes?.length ? (
            <div class="card report-notes" data-testid="report-notes">
              {page.data.notes.map((line) => (
                <p>{line}</p>
              ))}
            </div>
          ) : null}
          <div class="report-grid">
            {page.data.tables.map((table) => (
              <ReportTableView table={table} query={query} />
            ))}
          </div>
        </>
      ) : null}
    </>
  );
}
