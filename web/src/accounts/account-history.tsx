/** @jsxImportSource hono/jsx/dom */
import type { AccountHistoryEntry, ChainVerdict, FilingKind } from "@beian/core";
import { describe } from "../filings/audit-words.js";
import { kindLabel } from "../ui/labels.js";
import { TextWithFilingNumbers } from "../ui/filing-number.js";
import { formatTime } from "../ui/time.js";

export function ChainVerdictLine({ chain }: { chain: ChainVerdict }) {
  return (
    <span class={`verify-result ${chain.ok ? "ok" : "err"}`} data-testid="account-chain" data-ok={String(chain.ok)}>
      {chain.ok ? `账号审计链完整（${chain.count} 条记录，哈希校验通过）` : `账号审计链校验失败：第 ${chain.brokenAt} 条记录起不一致`}
    </span>
  );
}

/** The account's own chain merged with its filings' chains, newest first, as the server orders it. */
export function AccountHistory({ history }: { history: AccountHistoryEntry[] }) {
  if (!history.length) return <p class="hint">暂无记录。</p>;
  return (
    <ol class="timeline">
      {history.map((entry) => {
        const { title, lines } = describe(entry);
        const source = entry.source === "filing" ? `${kindLabel(entry.filingKind as FilingKind | undefined)}申请` : "账号登记";
        return (
          <li class={`timeline-entry action-${entry.action}`} data-testid="account-history-entry" data-action={entry.action}>
            <time datetime={entry.at}>{formatTime(entry.at)}</time>
            <div class="timeline-body">
              <p class="timeline-title">
                <strong>{title}</strong>
                <span class="actor">{entry.actorName}</span>
                <span class="hint">{` · ${source}`}</span>
              </p>
              {lines.map((l) => (
                <p class="timeline-line">
                  <TextWithFilingNumbers text={l} />
                </p>
              ))}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
