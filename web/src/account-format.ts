import "./account-lifecycle.css";
import type { AccountStatus } from "./account-types.js";
import { h } from "./dom.js";
import type { FilingKind } from "./types.js";

/** GET /api/meta does not list these; they are the core's labels. */
export const KIND_LABELS: Record<FilingKind, string> = { open: "开设备案", change: "变更备案", cancel: "注销备案" };
export const ACCOUNT_STATUS_LABELS: Record<AccountStatus, string> = { filed: "已备案", suspended: "已停用", cancelled: "已注销" };

export const kindLabel = (kind: FilingKind | undefined) => KIND_LABELS[kind ?? "open"] ?? kind ?? "";

export function kindBadge(kind: FilingKind | undefined, testId = "filing-kind"): HTMLSpanElement {
  const k = kind ?? "open";
  return h("span", { class: `badge badge-kind badge-kind-${k}`, "data-testid": testId, "data-kind": k }, kindLabel(k));
}

export function accountStatusBadge(status: AccountStatus, testId = "account-status"): HTMLSpanElement {
  return h("span", { class: `badge badge-account-${status}`, "data-testid": testId, "data-status": status }, ACCOUNT_STATUS_LABELS[status] ?? status);
}
