/** @jsxImportSource hono/jsx/dom */
import { LAST_UPDATE_SOURCE_LABELS, MONITOR_STATE_LABELS, type MonitorRow } from "@beian/core";
import { useState } from "hono/jsx/dom";
import type { ViewProps } from "../shell/route.js";
import { errorWithFields } from "../ui/api-client.js";
import { platformLabel } from "../ui/labels.js";
import { LoadError, Loading, Notice } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { formatTime } from "../ui/time.js";
import { useLoad } from "../ui/use-load.js";
import { contentApi } from "./api.js";

const byUnit = (rows: MonitorRow[]) => {
  const groups = new Map<string, MonitorRow[]>();
  for (const row of rows) groups.set(row.unitName, [...(groups.get(row.unitName) ?? []), row]);
  return [...groups.entries()];
};

/** 更新监测: days since each account's last update, by unit, longest first; operators record posts made outside the system. */
export function MonitorView({ person }: ViewProps) {
  const rows = useLoad(() => contentApi.monitor());
  const operator = person.roles.includes("operator");
  return (
    <>
      <PageTitle>更新监测</PageTitle>
      <p class="hint">国办秘函〔2019〕19号：监测点前两周内未更新为单项否决。第 10 天预警，第 14 天记录违规（各平台阈值可配置）。</p>
      {rows.state === "loading" ? <Loading /> : null}
      {rows.state === "error" ? <LoadError error={rows.error} /> : null}
      {rows.state === "ok" && !rows.data.length ? <p class="empty">暂无纳入监测的账号。</p> : null}
      {rows.state === "ok"
        ? byUnit(rows.data).map(([unit, items]) => (
            <section class="card" data-testid="monitor-unit">
              <h2>{unit}</h2>
              <table class="data-table">
                <thead>
                  <tr>
                    {["账号", "平台", "距上次更新", "上次更新", "来源", "状态"].map((t) => (
                      <th scope="col">{t}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {items.map((r) => (
                    <tr data-testid="monitor-row">
                      <td>{r.accountName}</td>
                      <td>{platformLabel(r.platform)}</td>
                      <td data-testid="monitor-days">{r.days} 天</td>
                      <td>{formatTime(r.lastPublishedAt)}</td>
                      <td>{LAST_UPDATE_SOURCE_LABELS[r.lastSource]}</td>
                      <td class={`monitor-state-${r.state}`}>{MONITOR_STATE_LABELS[r.state]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))
        : null}
      {operator && rows.state === "ok" && rows.data.length ? <ManualEntry rows={rows.data} onDone={rows.reload} /> : null}
    </>
  );
}

/** 非系统发布: a post published outside the system, recorded so the monitor knows; flagged as such. */
function ManualEntry(props: { rows: MonitorRow[]; onDone: () => void }) {
  const [accountId, setAccountId] = useState(props.rows[0].accountId);
  const [title, setTitle] = useState("");
  const [url, setUrl] = useState("");
  const [message, setMessage] = useState<{ tone: "ok" | "err"; text: string }>();
  const send = async (e: Event) => {
    e.preventDefault();
    try {
      await contentApi.manualPublication({ accountId, title, url: url || undefined, publishedAt: new Date().toISOString() });
      setMessage({ tone: "ok", text: "已登记（标记为非系统发布）" });
      props.onDone();
    } catch (error) {
      setMessage({ tone: "err", text: errorWithFields(error) });
    }
  };
  return (
    <section class="card">
      <h2>登记系统外发布</h2>
      <p class="hint">未经本系统审核直接发布的信息也须登记，将标记为“非系统发布”。</p>
      <form class="row-form" onSubmit={send}>
        <label class="field">
          账号
          <select value={accountId} onChange={(e: Event) => setAccountId((e.target as HTMLSelectElement).value)}>
            {props.rows.map((r) => (
              <option value={r.accountId}>
                {platformLabel(r.platform)}「{r.accountName}」
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          标题
          <input type="text" required value={title} onInput={(e: Event) => setTitle((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          网址
          <input type="url" value={url} onInput={(e: Event) => setUrl((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="btn btn-secondary">
          登记（发布时间为现在）
        </button>
      </form>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </section>
  );
}
