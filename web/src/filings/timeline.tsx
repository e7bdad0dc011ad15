/** @jsxImportSource hono/jsx/dom */
import type { AuditRecord } from "@beian/core";
import { TextWithFilingNumbers } from "../ui/filing-number.js";
import { formatTime } from "../ui/time.js";
import { describe } from "./audit-words.js";

/** A filing's audit records, oldest first. */
export function Timeline({ history }: { history: AuditRecord[] }) {
  if (!history.length) return <p class="hint">暂无记录。</p>;
  return (
    <ol class="timeline">
      {[...history]
        .sort((a, b) => a.seq - b.seq)
        .map((entry) => {
          const { title, lines } = describe(entry);
          const decision = (entry.details as { decision?: string }).decision;
          return (
            <li class={`timeline-entry action-${entry.action}${decision ? ` decision-${decision}` : ""}`} data-testid="history-entry" data-action={entry.action}>
              <time datetime={entry.at}>{formatTime(entry.at)}</time>
              <div class="timeline-body">
                <p class="timeline-title">
                  <strong>{title}</strong>
                  <span class="actor">{entry.actorName}</span>
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
