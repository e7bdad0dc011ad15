/** @jsxImportSource hono/jsx/dom */
import type { WordHit } from "@beian/core";
import { SeverityBadge } from "./badges.js";

const place = (h: WordHit) => `${h.field === "title" ? "标题" : "正文"}第 ${h.start + 1} 字`;
export const hitKey = (h: Pick<WordHit, "field" | "start" | "entryId">) => `${h.field}:${h.start}:${h.entryId}`;

/**
 * The word check's hits as a list. With `reasons`, each 严重 hit gets a box for the reason to keep
 * it (送审 needs one for every 严重 hit unless the text is corrected).
 */
export function HitsPanel(props: { hits: WordHit[]; reasons?: Record<string, string>; onReason?: (key: string, reason: string) => void }) {
  if (!props.hits.length) return <p class="hint" data-testid="hits-none">未发现错敏词。</p>;
  const serious = props.hits.filter((h) => h.severity === "serious").length;
  return (
    <>
      <p data-testid="hits-summary">
        共发现 {props.hits.length} 处，其中严重 {serious} 处。{serious ? "严重错敏词须改正，或逐条说明保留理由后才能送审。" : "提示类仅供参考。"}
      </p>
      <ul class="hits" data-testid="hits">
        {props.hits.map((h) => (
          <li class={`hit-item${h.severity === "serious" ? " serious" : ""}`} data-testid="hit" data-severity={h.severity}>
            <SeverityBadge severity={h.severity} /> {place(h)}「<strong>{h.text}</strong>」→ 建议「{h.suggestion}」<span class="hint">（{h.category}）</span>
            {props.onReason && h.severity === "serious" ? (
              <label>
                <span class="visually-hidden">保留「{h.text}」的理由</span>
                <input type="text" maxLength={200} placeholder="如确需保留，请填写理由" data-testid="hit-reason" value={props.reasons?.[hitKey(h)] ?? ""} onInput={(e: Event) => props.onReason!(hitKey(h), (e.target as HTMLInputElement).value)} />
              </label>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
