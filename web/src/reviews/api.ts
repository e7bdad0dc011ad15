import type { ChainStages, ReviewChain, Stage, StuckReview } from "@beian/core";
import { enc, request } from "../ui/api-client.js";

/** A reviewer one may pick: names and units only. */
export interface Reviewer {
  personId: string;
  name: string;
  unitName: string;
}

/** GET /api/reviews/mine: a pending decision of the signed-in reviewer (or of whom they sign for). */
export interface InboxItem {
  itemId: string;
  kind: string;
  /** 备案, 内容发布 … */
  kindLabel: string;
  title: string;
  unitName: string;
  round: number;
  stage: Stage;
  since: string;
  onBehalfOfName?: string;
  href: string;
}

/** GET /api/reviews/pending: every pending stage task, for the admin to reassign. */
export interface PendingTask {
  itemId: string;
  kind: string;
  kindLabel: string;
  title: string;
  /** The item's page (a hash route). */
  pagePath: string;
  /** Nobody in the chain may decide it (separation of duties): it waits for a reassignment. */
  unassigned: boolean;
  unitName: string;
  round: number;
  stage: Stage;
  since: string;
  assignees: { personId: string; name: string }[];
}

export interface Delegation {
  deputy?: { personId: string; name: string };
  until?: string;
  inForce: boolean;
}

export interface Chains {
  kind: string;
  default: ReviewChain;
  overrides: ReviewChain[];
}

/** 审核流程配置, reassignments (admins), 待我审核 and delegation (reviewers). */
export const reviewApi = {
  kinds: () => request<{ items: { id: string; label: string }[] }>("GET", "/api/review-chains").then((r) => r.items),
  chains: (kind: string) => request<Chains>("GET", `/api/review-chains/${enc(kind)}`),
  setChain: (kind: string, scope: string, stages: ChainStages) => request<{ chain: ReviewChain }>("PUT", `/api/review-chains/${enc(kind)}/${enc(scope)}`, { stages }).then((r) => r.chain),
  removeOverride: (kind: string, scope: string) => request<void>("DELETE", `/api/review-chains/${enc(kind)}/${enc(scope)}`),
  stuck: () => request<{ items: StuckReview[] }>("GET", "/api/reviews/stuck").then((r) => r.items),
  restart: (kind: string, itemId: string, reason: string) => request<unknown>("POST", `/api/reviews/${enc(kind)}/${enc(itemId)}/restart`, { reason }),
  reviewers: () => request<{ items: Reviewer[] }>("GET", "/api/reviews/reviewers").then((r) => r.items),
  inbox: () => request<{ items: InboxItem[] }>("GET", "/api/reviews/mine").then((r) => r.items),
  pending: () => request<{ items: PendingTask[] }>("GET", "/api/reviews/pending").then((r) => r.items),
  reassign: (task: Pick<PendingTask, "kind" | "itemId" | "stage">, reviewerId: string) =>
    request<unknown>("POST", `/api/reviews/${enc(task.kind)}/${enc(task.itemId)}/${task.stage}/reassign`, { reviewerId }),
  delegation: () => request<Delegation>("GET", "/api/me/delegation"),
  setDelegation: (deputyId: string, until?: string) => request<Delegation>("PUT", "/api/me/delegation", { deputyId, ...(until ? { until } : {}) }),
  clearDelegation: () => request<void>("DELETE", "/api/me/delegation"),
};
