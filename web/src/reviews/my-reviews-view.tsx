/** @jsxImportSource hono/jsx/dom */
import { STAGE_LABELS } from "@beian/core";
import type { ViewProps } from "../shell/route.js";
import { LoadError, Loading } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { formatTime } from "../ui/time.js";
import { useLoad } from "../ui/use-load.js";
import { reviewApi, type InboxItem } from "./api.js";
import { DelegationForm } from "./delegation-form.js";

const load = () => Promise.all([reviewApi.inbox(), reviewApi.delegation(), reviewApi.reviewers()]);

/** 待我审核 (reviewers): pending decisions opening the confirm page, and the reviewer's deputy. */
export function MyReviewsView({ person }: ViewProps) {
  const data = useLoad(load);
  return (
    <>
      <div class="page-head">
        <PageTitle>待我审核</PageTitle>
      </div>
      {data.state === "loading" ? <Loading /> : null}
      {data.state === "error" ? <LoadError error={data.error} /> : null}
      {data.state === "ok" ? (
        <>
          <section class="card">
            <Inbox items={data.data[0]} />
          </section>
          <DelegationForm current={data.data[1]} reviewers={data.data[2]} selfId={person.personId} onSaved={data.reload} />
        </>
      ) : null}
    </>
  );
}

function Inbox({ items }: { items: InboxItem[] }) {
  if (items.length === 0) {
    return (
      <p class="empty" data-testid="inbox-empty">
        暂无待您审核的事项。
      </p>
    );
  }
  return (
    <div class="table-wrap">
      <table class="data-table" data-testid="inbox">
        <caption class="visually-hidden">待我审核的事项</caption>
        <thead>
          <tr>
            {["事项", "主办单位", "环节", "待审自", "操作"].map((t) => (
              <th scope="col">{t}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr data-item-id={i.itemId}>
              <td data-label="事项">{`${i.kindLabel}：${i.title}`}</td>
              <td data-label="主办单位">{i.unitName}</td>
              <td data-label="环节">{`${STAGE_LABELS[i.stage]}（第 ${i.round} 轮）${i.onBehalfOfName ? ` · 代${i.onBehalfOfName}` : ""}`}</td>
              <td data-label="待审自">{formatTime(i.since)}</td>
              <td data-label="操作">
                {/* A full page load: the confirm page is served by the server, like the emailed link's. */}
                <a class="btn" href={i.href} data-testid={`open-${i.itemId}-${i.stage}`}>
                  去审核
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
