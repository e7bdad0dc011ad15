/** @jsxImportSource hono/jsx/dom */
import type { ViewProps } from "../shell/route.js";
import { KindBadge, StatusBadge } from "../ui/badges.js";
import { platformLabel, stageLabel } from "../ui/labels.js";
import { LoadError, Loading } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { FilingNumber } from "../ui/filing-number.js";
import { formatTime } from "../ui/time.js";
import { useLoad } from "../ui/use-load.js";
import { useState } from "hono/jsx/dom";
import { filingApi, filingHref, type FilingRow } from "./api.js";

const STATUS_FILTERS: [string, string][] = [
  ["", "全部状态"],
  ["in_review", "审核中"],
  ["returned", "已退回修改"],
  ["rejected", "未通过"],
  ["filed", "已备案/已办结"],
  ["withdrawn", "已撤回"],
];

/** 我的备案: an operator's own unit's filings; an admin sees every unit's, a page at a time. */
export function FilingListView({ person, navigate }: ViewProps) {
  const isAdmin = person.roles.includes("admin");
  const canFile = person.roles.includes("operator");
  const [status, setStatus] = useState("");
  const [pages, setPages] = useState<{ items: FilingRow[]; nextCursor?: string }[]>([]);
  const first = useLoad(() => filingApi.list(status ? { status } : {}), [status]);
  const [more, setMore] = useState<"idle" | "loading" | "failed">("idle");
  const rows = first.state === "ok" ? [...first.data.items, ...pages.flatMap((p) => p.items)] : [];
  const cursor = first.state === "ok" ? (pages.at(-1) ?? first.data).nextCursor : undefined;
  const loadMore = async () => {
    if (!cursor) return;
    setMore("loading");
    try {
      const page = await filingApi.list({ ...(status ? { status } : {}), cursor });
      setPages((p) => [...p, page]);
      setMore("idle");
    } catch {
      setMore("failed");
    }
  };
  return (
    <>
      <div class="page-head">
        <PageTitle>{isAdmin ? "备案管理" : "我的备案"}</PageTitle>
        {canFile ? (
          <a class="btn btn-primary" href={filingHref.create()} data-testid="new-filing">
            ＋ 新建开设备案
          </a>
        ) : null}
      </div>
      <div class="card">
        <div class="filters">
          <label for="filing-status-filter">状态</label>
          <select
            id="filing-status-filter"
            data-testid="filing-status-filter"
            value={status}
            onChange={(e: Event) => {
              setPages([]);
              setStatus((e.target as HTMLSelectElement).value);
            }}
          >
            {STATUS_FILTERS.map(([value, label]) => (
              <option value={value} selected={value === status}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {first.state === "loading" ? <Loading /> : null}
        {first.state === "error" ? <LoadError error={first.error} /> : null}
        {first.state === "ok" && rows.length === 0 ? (
          <div class="empty" data-testid="filing-empty">
            <p>{status ? "没有该状态的备案申请。" : "暂无备案记录。"}</p>
            {canFile && !status ? <p class="hint">开设政务新媒体账号前，须先填写新媒体建设申请表，经初审、复审、终审后取得备案编号。</p> : null}
          </div>
        ) : null}
        {rows.length ? <FilingTable items={rows} showUnit={isAdmin} navigate={navigate} /> : null}
        {cursor ? (
          <button type="button" class="btn btn-secondary" data-testid="filing-more" disabled={more === "loading"} onClick={loadMore}>
            {more === "loading" ? "正在加载…" : more === "failed" ? "加载失败，重试" : "加载更多"}
          </button>
        ) : null}
      </div>
    </>
  );
}

function FilingTable(props: { items: FilingRow[]; showUnit: boolean; navigate: (hash: string) => void }) {
  const headers = ["账号名称", "类型", ...(props.showUnit ? ["主办单位"] : []), "平台", "状态", "当前环节", "备案编号", "提交时间"];
  const items = props.items;
  return (
    <div class="table-wrap">
      <table class="data-table">
        <caption class="visually-hidden">备案申请列表</caption>
        <thead>
          <tr>
            {headers.map((t) => (
              <th scope="col">{t}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((filing) => (
            <tr
              class="clickable"
              data-testid="filing-row"
              data-filing-id={filing.filingId}
              data-kind={filing.kind}
              // The whole row is a click target for the mouse; the link inside keeps it reachable by keyboard.
              onClick={(event: MouseEvent) => {
                if (!(event.target as Element).closest("a")) props.navigate(filingHref.detail(filing.filingId));
              }}
            >
              <td data-label="账号名称">
                <a href={filingHref.detail(filing.filingId)}>{filing.data.accountName}</a>
              </td>
              <td data-label="类型">
                <KindBadge kind={filing.kind} />
              </td>
              {props.showUnit ? <td data-label="主办单位">{filing.unitName ?? ""}</td> : null}
              <td data-label="平台">{platformLabel(filing.platform)}</td>
              <td data-label="状态">
                <StatusBadge status={filing.status} />
              </td>
              <td data-label="当前环节" data-testid="filing-stage">
                {filing.status === "in_review" ? stageLabel(filing.stage) : "—"}
              </td>
              <td data-label="备案编号" data-testid="filing-number">
                {filing.filingNumber ? <FilingNumber value={filing.filingNumber} /> : "—"}
              </td>
              <td data-label="提交时间">{formatTime(filing.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
