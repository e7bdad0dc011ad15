/** @jsxImportSource hono/jsx/dom */
import type { ViewProps } from "../shell/route.js";
import { LoadError, Loading } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { useLoad } from "../ui/use-load.js";
import { inspectionApi, inspectionHref } from "./api.js";
import { ResultsTable } from "./results-table.js";

/** A unit's per-account results in a campaign (admins). */
export function UnitResultsView({ params }: ViewProps) {
  const year = Number(params.year);
  const results = useLoad(() => inspectionApi.unitResults(year, params.unitId), [year, params.unitId]);
  return (
    <>
      <div class="page-head">
        <PageTitle>
          {year} 年度检查结果 <small>{results.state === "ok" ? results.data.unitName : ""}</small>
        </PageTitle>
        <a class="btn btn-secondary" href={inspectionHref.campaign(year)}>
          返回进度
        </a>
      </div>
      <section class="card">
        {results.state === "loading" ? <Loading /> : null}
        {results.state === "error" ? <LoadError error={results.error} /> : null}
        {results.state === "ok" ? (
          <>
            <p class="hint">提交截止日期：{results.data.deadline}</p>
            <ResultsTable items={results.data.items} testId="unit-results" />
          </>
        ) : null}
      </section>
    </>
  );
}
