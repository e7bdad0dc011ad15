/** @jsxImportSource hono/jsx/dom */
import { useState } from "hono/jsx/dom";
import { errorWithFields } from "../ui/api-client.js";
import { platformLabel } from "../ui/labels.js";
import { Notice } from "../ui/notice.js";
import { formatTime } from "../ui/time.js";
import { contentApi, type DraftDetail } from "./api.js";

const nowLocal = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 16);

/** 发布登记: per account, where and when the approved version went out. */
export function PublicationPanel(props: { detail: DraftDetail; canRecord: boolean; onDone: () => void }) {
  const { draft, accounts, publications } = props.detail;
  const open = accounts.filter((a) => !publications.some((p) => p.accountId === a.accountId));
  const [accountId, setAccountId] = useState(open[0]?.accountId ?? "");
  const [url, setUrl] = useState("");
  const [at, setAt] = useState(nowLocal());
  const [error, setError] = useState<string>();
  const nameOf = (id: string) => {
    const a = accounts.find((x) => x.accountId === id);
    return a ? `${platformLabel(a.platform)}「${a.accountName}」` : id;
  };
  const record = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    try {
      await contentApi.publish(draft.draftId, { accountId, url: url.trim(), publishedAt: new Date(`${at}:00+08:00`).toISOString(), contentHash: draft.approvedHash });
      props.onDone();
    } catch (e) {
      setError(errorWithFields(e));
    }
  };
  return (
    <section class="card" aria-labelledby="pub-title" data-testid="publication-panel">
      <h2 id="pub-title">发布登记</h2>
      {publications.length ? (
        <ul data-testid="publications">
          {publications.map((p) => (
            <li>
              {nameOf(p.accountId)}：<a href={p.url} rel="noopener noreferrer" target="_blank">{p.url}</a>，{formatTime(p.publishedAt)}（{p.recordedByName} 登记）
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">尚未登记发布。</p>
      )}
      {props.canRecord && open.length ? (
        <form class="row-form" onSubmit={record} data-testid="publication-form">
          <label class="field">
            账号
            <select value={accountId} onChange={(e: Event) => setAccountId((e.target as HTMLSelectElement).value)} data-testid="publication-account">
              {open.map((a) => (
                <option value={a.accountId} selected={a.accountId === accountId}>
                  {nameOf(a.accountId)}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            发布网址
            <input type="url" required value={url} onInput={(e: Event) => setUrl((e.target as HTMLInputElement).value)} data-testid="publication-url" />
          </label>
          <label class="field">
            发布时间（北京时间）
            <input type="datetime-local" required value={at} onInput={(e: Event) => setAt((e.target as HTMLInputElement).value)} />
          </label>
          <button type="submit" class="btn btn-primary" data-testid="record-publication">
            登记发布
          </button>
        </form>
      ) : null}
      {error ? <Notice tone="err">{error}</Notice> : null}
    </section>
  );
}
