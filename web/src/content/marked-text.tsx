/** @jsxImportSource hono/jsx/dom */
import { markHits, type WordHit } from "@beian/core";

/** A text with the word check's hits highlighted (the same marks the reviewers' confirm page shows). */
export function MarkedText(props: { text: string; hits: WordHit[]; testId?: string }) {
  return (
    <div class="marked-text" data-testid={props.testId}>
      {markHits(props.text, props.hits).map((s) => (s.mark ? <mark class={s.mark} title={s.note}>{s.text}</mark> : s.text))}
    </div>
  );
}
