/** @jsxImportSource hono/jsx/dom */
import { DRAFT_STATUS_LABELS, WORD_SEVERITY_LABELS, type DraftStatus, type WordSeverity } from "@beian/core";

export const DraftStatusBadge = (props: { status: DraftStatus }) => (
  <span class={`badge badge-${props.status}`} data-testid="draft-status" data-status={props.status}>
    {DRAFT_STATUS_LABELS[props.status]}
  </span>
);

export const SeverityBadge = (props: { severity: WordSeverity }) => (
  <span class={`badge ${props.severity === "serious" ? "badge-rejected" : "badge-returned"}`}>{WORD_SEVERITY_LABELS[props.severity]}</span>
);
