/** @jsxImportSource hono/jsx/dom */
import type { ViewProps } from "../shell/route.js";
import { LoadError, Loading } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { useLoad } from "../ui/use-load.js";
import { registerApi, type RegisterQuery } from "./api.js";
import { RegisterFilters } from "./register-filters.js";
import { RegisterTable } from "./register-table.js";
import { pageOf, queryFromUrl, registerUrl, rememberNextPage } from "./register-url.js";

const PAGE_SIZE = 20;

/** 备案登记: the register with filters, page by page (opaque cursors), and the 备案登记表 export. */
export function RegisterListView({ person, query: params, navigate }: ViewProps) {
  const isAdmin = person.roles.includes("admin");
  const query = queryFromUrl(params);
  const page = useLoad(() => registerApi.list(query, PAGE_SIZE));
  const { page: pageNumber, prev } = pageOf(query.cursor);
  const search = (next: RegisterQuery) => navigate(registerUrl({ ...next, cursor: undefined, subUnits: isAdmin ? (next.subUnits ?? "1") : undefined }));
  return (
    <>
      <div class="page-head">
        <PageTitle>备案登记</PageTitle>
        {isAdmin ? (
          <a class="btn btn-secondary" href="#/register/import" data-testid="nav-import">
            批量导入
          </a>
        ) : null}
      </div>
      <div class="card">
        <RegisterFilters query={query} isAdmin={isAdmin} onSearch={search} />
        <div class="register-actions">
          <a class="btn btn-secondary btn-small" href={registerApi.exportHref("csv", query)} download="" data-testid="export-csv">
            导出 CSV
          </a>
          <a class="btn btn-secondary btn-small" href={registerApi.exportHref("xlsx", query)} download="" data-testid="export-xlsx">
            导出 Excel
          </a>
        </div>
      </div>
      <div class="card">
        {page.state === "loading" ? <Loading /> : null}
        {page.state === "error" ? <LoadError error={page.error} /> : null}
        {page.state === "ok" && page.data.items.length ? <RegisterTable items={page.data.items} navigate={navigate} /> : null}
        {page.state === "ok" && !page.data.items.length ? (
          <p class="empty" data-testid="register-empty">
            没有符合条件的账号。
          </p>
        ) : null}
      </div>
      <div class="pager">
        <button type="button" class="btn btn-secondary btn-small" disabled={!query.cursor} data-testid="register-prev" onClick={() => navigate(registerUrl({ ...query, cursor: prev }))}>
          {pageNumber || !query.cursor ? "上一页" : "回到第一页"}
        </button>
        <span class="hint" data-testid="register-page">
          {pageNumber ? `第 ${pageNumber} 页` : ""}
        </span>
        <button
          type="button"
          class="btn btn-secondary btn-small"
          disabled={page.state !== "ok" || !page.data.nextCursor}
          data-testid="register-next"
          onClick={() => {
            if (page.state !== "ok" || !page.data.nextCursor) return;
            rememberNextPage(query.cursor, page.data.nextCursor);
            navigate(registerUrl({ ...query, cursor: page.data.nextCursor }));
          }}
        >
          下一页
        </button>
      </div>
    </>
  );
}
