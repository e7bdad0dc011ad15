/** @jsxImportSource hono/jsx/dom */
import { DRAFT_STATUS_LABELS } from "@beian/core";
import { useState } from "hono/jsx/dom";
import type { ViewProps } from "../shell/route.js";
import { LoadError, Loading } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { formatTime } from "../ui/time.js";
import { useLoad } from "../ui/use-load.js";
import { contentApi, contentHref } from "./api.js";
import { DraftStatusBadge } from "./badges.js";

/** 稿件管理: the unit's drafts (an admin: every unit's), newest first, by state. */
export function DraftListView({ person, navigate }: ViewProps) {
  const [status, setStatus] = useState("");
  const drafts = useLoad(() => contentApi.list(status || undefined), [status]);
  const canWrite = person.roles.includes("operator");
  return (
    <>
      <div class="page-head">
        <PageTitle>稿件管理</PageTitle>
        {canWrite ? (
          <a class="btn btn-primary" href={contentHref.create()} data-testid="new-draft">
            ＋ 撰写稿件
          </a>
        ) : null}
      </div>
      <div class="card">
        <label>
          状态：
          <select data-testid="draft-status-filter" value={status} onChange={(e: Event) => setStatus((e.target as HTMLSelectElement).value)}>
            <option value="">全部</option>
            {Object.entries(DRAFT_STATUS_LABELS).map(([id, label]) => (
              <option value={id} selected={id === status}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {drafts.state === "loading" ? <Loading /> : null}
        {drafts.state === "error" ? <LoadError error={drafts.error} /> : null}
        {drafts.state === "ok" && !drafts.data.length ? <p class="empty">暂无稿件。先审后发：稿件须经初审、复审、终审通过后方可发布。</p> : null}
        {drafts.state === "ok" && drafts.data.length ? (
          <div class="table-wrap">
            <table class="data-table">
              <caption class="visually-hidden">稿件列表</caption>
              <thead>
                <tr>
                  {["标题", "主办单位", "状态", "轮次", "字数", "更新时间"].map((t) => (
                    <th scope="col">{t}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {drafts.data.map((d) => (
                  <tr class="clickable" data-testid="draft-row" onClick={(e: MouseEvent) => !(e.target as Element).closest("a") && navigate(contentHref.detail(d.draftId))}>
                    <td data-label="标题">
                      <a href={contentHref.detail(d.draftId)}>{d.title}</a>
                    </td>
                    <td data-label="主办单位">{d.unitName ?? ""}</td>
                    <td data-label="状态">
                      <DraftStatusBadge status={d.status} />
                    </td>
                    <td data-label="轮次">{d.round || "—"}</td>
                    <td data-label="字数">{d.bodyLength}</td>
                    <td data-label="更新时间">{formatTime(d.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
    </>
  );
}
