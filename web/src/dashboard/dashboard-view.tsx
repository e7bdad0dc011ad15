/** @jsxImportSource hono/jsx/dom */
import type { ActionList, DashboardCard } from "@beian/core";
import type { ViewProps } from "../shell/route.js";
import { LoadError, Loading } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { useLoad } from "../ui/use-load.js";
import { reportsApi } from "./api.js";
import { ReportTableView } from "./report-table-view.js";

export const dashboardTitle = (roles: string[]) => (roles.includes("admin") ? "工作台" : "本单位概况");

function Card({ card }: { card: DashboardCard }) {
  const body = (
    <>
      <span class="figure-value" data-testid="figure-value">
        {card.value}
      </span>
      <span class="figure-label">{card.label}</span>
      {card.detail ? (
        <span class="figure-detail hint" data-testid="figure-detail">
          {card.detail}
        </span>
      ) : null}
    </>
  );
  const cls = `figure figure-${card.tone ?? "plain"}`;
  return card.href ? (
    <a class={cls} href={card.href} data-testid={`figure-${card.id}`}>
      {body}
    </a>
  ) : (
    <div class={cls} data-testid={`figure-${card.id}`}>
      {body}
    </div>
  );
}

function Actions({ list }: { list: ActionList }) {
  return (
    <section class="card action-list" data-testid={`actions-${list.id}`} aria-labelledby={`al-${list.id}`}>
      <h2 id={`al-${list.id}`}>{list.title}</h2>
      {list.items.length ? (
        <ul>
          {list.items.map((item) => (
            <li>
              {item.href ? <a href={item.href}>{item.label}</a> : <span>{item.label}</span>}
              <span class="hint">{item.detail}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">目前没有。</p>
      )}
      {list.more ? <p class="hint">另有 {list.more} 项未列出。</p> : null}
    </section>
  );
}

/**
 * 工作台 (the registry office's home) and 本单位概况 (an operator's): the figures, the charts with
 * their tables and exports, and what needs doing now, all read from the kept report figures.
 */
export function DashboardView({ person }: ViewProps) {
  const board = useLoad(() => reportsApi.dashboard());
  const isAdmin = person.roles.includes("admin");
  return (
    <>
      <div class="page-head">
        <PageTitle>{dashboardTitle(person.roles)}</PageTitle>
        <div class="register-actions">
          {!isAdmin ? (
            <a class="btn btn-primary" href="#/filings/new" data-testid="new-filing">
              新媒体建设申请表
            </a>
          ) : null}
          <a class="btn btn-secondary" href="#/filings" data-testid="nav-filings">
            {isAdmin ? "备案管理" : "我的备案"}
          </a>
          <a class="btn btn-secondary" href="#/reports" data-testid="nav-reports">
            统计报表
          </a>
        </div>
      </div>
      {board.state === "loading" ? <Loading /> : null}
      {board.state === "error" ? <LoadError error={board.error} /> : null}
      {board.state === "ok" ? (
        <>
          {board.data.scope.unitNames.length ? (
            <p class="hint" data-testid="dashboard-scope">
              范围：{board.data.scope.unitNames.join("、")}
            </p>
          ) : null}
          <div class="figures" data-testid="figures">
            {board.data.cards.map((card) => (
              <Card card={card} />
            ))}
          </div>
          <div class="action-lists">
            {board.data.actions.map((list) => (
              <Actions list={list} />
            ))}
          </div>
          <div class="report-grid">
            {board.data.charts.map((table) => (
              <ReportTableView table={table} query={{}} />
            ))}
          </div>
        </>
      ) : null}
    </>
  );
}
