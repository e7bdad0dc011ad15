/** @jsxImportSource hono/jsx/dom */
import type { ViewProps } from "../shell/route.js";
import { LoadError, Loading, Notice } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { useLoad } from "../ui/use-load.js";
import { inspectionApi } from "./api.js";
import { ResultsTable } from "./results-table.js";

/** 年度报告 (operators): the unit's reports of a campaign to fill in, and where each stands. */
export function ReportsView({ query }: ViewProps) {
  const year = query.get("year") ? Number(query.get("year")) : undefined;
  const list = useLoad(() => inspectionApi.reports(year), [year]);
  return (
    <>
      <PageTitle>年度报告</PageTitle>
      {list.state === "loading" ? <Loading /> : null}
      {list.state === "error" ? <LoadError error={list.error} /> : null}
      {list.state === "ok" && list.data.year === null ? <p class="card empty">目前没有进行中的年度检查。</p> : null}
      {list.state === "ok" && list.data.year !== null ? (
        <>
          {list.data.units.map((u) => (
            <Notice tone={u.counts.unsubmitted ? "warn" : "info"} testId="unit-deadline">
              {list.data.year} 年度检查：{u.unitName} 共 {u.counts.total} 个账号，请于 {u.deadline}（含当日）前提交；尚未提交 {u.counts.unsubmitted} 份。
            </Notice>
          ))}
          <section class="card">
            <h2>{list.data.year} 年度报告</h2>
            <ResultsTable items={list.data.items} testId="my-reports" action={(r) => (r.editable ? (r.outcome === "suspended" ? "待提交整改报告" : "待填报") : undefined)} />
          </section>
        </>
      ) : null}
    </>
  );
}
