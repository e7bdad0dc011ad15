/** @jsxImportSource hono/jsx/dom */
import { useState } from "hono/jsx/dom";
import type { ViewProps } from "../shell/route.js";
import { errorWithFields } from "../ui/api-client.js";
import { LoadError, Loading, Notice } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { formatTime } from "../ui/time.js";
import { useLoad } from "../ui/use-load.js";
import { dictionaryApi } from "./api.js";
import { SeverityBadge } from "./badges.js";

const EMPTY = { wrong: "", suggestion: "", category: "自定义", severity: "serious" as "serious" | "notice", source: "" };

/** 错敏词库 (registry office): the starter set and the office's own entries; add, disable, whitelist — each audited. */
export function DictionaryView(_: ViewProps) {
  const dictionary = useLoad(dictionaryApi.list);
  const history = useLoad(dictionaryApi.history);
  const [entry, setEntry] = useState(EMPTY);
  const [allow, setAllow] = useState({ phrase: "", reason: "" });
  const [filter, setFilter] = useState("");
  const [message, setMessage] = useState<{ tone: "ok" | "err"; text: string }>();
  const reload = () => {
    dictionary.reload();
    history.reload();
  };
  const act = async (work: () => Promise<unknown>, done: string) => {
    setMessage(undefined);
    try {
      await work();
      setMessage({ tone: "ok", text: done });
      reload();
    } catch (error) {
      setMessage({ tone: "err", text: errorWithFields(error) });
    }
  };
  const toggle = (entryId: string, enabled: boolean) => {
    const reason = window.prompt(enabled ? "启用该词条的理由" : "停用该词条的理由");
    if (reason) void act(() => dictionaryApi.setEnabled(entryId, enabled, reason), enabled ? "已启用" : "已停用");
  };
  const input = (key: keyof typeof EMPTY, label: string) => (
    <label class="field">
      {label}
      <input type="text" value={entry[key]} data-testid={`entry-${key}`} onInput={(e: Event) => setEntry({ ...entry, [key]: (e.target as HTMLInputElement).value })} />
    </label>
  );
  return (
    <>
      <PageTitle>错敏词库</PageTitle>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <section class="card" aria-labelledby="add-title">
        <h2 id="add-title">新增词条</h2>
        <form
          class="row-form"
          onSubmit={(e: Event) => {
            e.preventDefault();
            void act(() => dictionaryApi.add(entry).then(() => setEntry(EMPTY)), "已新增词条");
          }}
        >
          {input("wrong", "错误或敏感表述")}
          {input("suggestion", "建议表述")}
          {input("category", "类别")}
          <label class="field">
            严重程度
            <select value={entry.severity} onChange={(e: Event) => setEntry({ ...entry, severity: (e.target as HTMLSelectElement).value as "serious" })}>
              <option value="serious">严重（须改正或说明理由）</option>
              <option value="notice">提示</option>
            </select>
          </label>
          {input("source", "依据来源")}
          <button type="submit" class="btn btn-primary" data-testid="add-entry">
            新增
          </button>
        </form>
        <h2>白名单</h2>
        <form
          class="row-form"
          onSubmit={(e: Event) => {
            e.preventDefault();
            void act(() => dictionaryApi.allow(allow.phrase, allow.reason).then(() => setAllow({ phrase: "", reason: "" })), "已加入白名单");
          }}
        >
          <label class="field">
            短语（其中的词不再提示）
            <input type="text" value={allow.phrase} onInput={(e: Event) => setAllow({ ...allow, phrase: (e.target as HTMLInputElement).value })} />
          </label>
          <label class="field">
            理由
            <input type="text" value={allow.reason} onInput={(e: Event) => setAllow({ ...allow, reason: (e.target as HTMLInputElement).value })} />
          </label>
          <button type="submit" class="btn btn-secondary">
            加入白名单
          </button>
        </form>
      </section>
      <section class="card" aria-labelledby="list-title">
        <h2 id="list-title">词条</h2>
        <label>
          查找：
          <input type="search" value={filter} onInput={(e: Event) => setFilter((e.target as HTMLInputElement).value)} />
        </label>
        {dictionary.state === "loading" ? <Loading /> : null}
        {dictionary.state === "error" ? <LoadError error={dictionary.error} /> : null}
        {dictionary.state === "ok" ? (
          <div class="table-wrap">
            <table class="data-table" data-testid="dictionary">
              <caption>词库版本 {dictionary.data.version}，共 {dictionary.data.entries.length} 条</caption>
              <thead>
                <tr>
                  {["表述", "建议", "类别", "程度", "依据", "状态", ""].map((t) => (
                    <th scope="col">{t}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {dictionary.data.entries
                  .filter((e) => !filter || e.wrong.includes(filter) || e.category.includes(filter))
                  .map((e) => (
                    <tr data-testid="dictionary-entry">
                      <td>{e.wrong}</td>
                      <td>{e.kind === "allow" ? "（白名单）" : e.suggestion}</td>
                      <td>{e.category}</td>
                      <td>{e.kind === "allow" ? "—" : <SeverityBadge severity={e.severity} />}</td>
                      <td>{e.source}</td>
                      <td>{e.enabled ? "启用" : "停用"}</td>
                      <td>
                        <button type="button" class="btn btn-link" onClick={() => toggle(e.entryId, !e.enabled)}>
                          {e.enabled ? "停用" : "启用"}
                        </button>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <section class="card" aria-labelledby="history-title">
        <h2 id="history-title">修改记录</h2>
        {history.state === "ok" ? (
          <>
            <p class="hint">{history.data.verdict.ok ? "审计链校验通过。" : "审计链校验未通过！"}</p>
            <ol>
              {history.data.records.map((r) => (
                <li>
                  {formatTime(r.at)} {r.actorName}：{r.action}「{String(r.details.wrong ?? r.details.phrase ?? r.details.entryId)}」{r.details.reason ? `，理由：${String(r.details.reason)}` : ""}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </section>
    </>
  );
}
