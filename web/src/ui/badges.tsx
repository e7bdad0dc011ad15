/** @jsxImportSource hono/jsx/dom */
import "./badges.css";
import type { AccountStatus, FilingKind, FilingStatus } from "@beian/core";
import { accountStatusLabel, kindLabel, statusLabel } from "./labels.js";

export const StatusBadge = (props: { status: FilingStatus; testId?: string }) => (
  <span class={`badge badge-${props.status}`} data-testid={props.testId ?? "filing-status"} data-status={props.status}>
    {statusLabel(props.status)}
  </span>
);

export const KindBadge = (props: { kind: FilingKind | undefined; testId?: string }) => {
  const kind = props.kind ?? "open";
  return (
    <span class={`badge badge-kind badge-kind-${kind}`} data-testid={props.testId ?? "filing-kind"} data-kind={kind}>
      {kindLabel(kind)}
    </span>
  );
};

export const AccountStatusBadge = (props: { status: AccountStatus; testId?: string }) => (
  <span class={`badge badge-account-${props.status}`} data-testid={props.testId ?? "account-status"} data-status={props.status}>
    {accountStatusLabel(props.status)}
  </span>
);
