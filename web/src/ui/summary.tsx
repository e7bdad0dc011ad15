/** @jsxImportSource hono/jsx/dom */
import type { Child } from "hono/jsx";

/** One term of a summary list (<dl class="summary">). */
export const SummaryItem = (props: { term: string; children?: Child }) => (
  <div class="summary-item">
    <dt>{props.term}</dt>
    <dd>{props.children}</dd>
  </div>
);
