import type { ChainStages, FilingKind, Platform, ReviewChain, ReviewItemKind, Stage } from "@beian/core";
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
  itemKind: ReviewItemKind;
  filingKind: FilingKind;
  accountName: string;
  platform: Platform;
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
  accountName: string;
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
  kind: ReviewItemKind;
  default: ReviewChain;
  overrides: ReviewChain[];
}

/** 审核流程配置, reassignments (admins), 待我审核 and delegation (reviewers). */
export const reviewApi = {
  chains: (kind: ReviewItemKind = "filing") => request<Chains>("GET", `/api/review-chains/${enc(kind)}`),
  setChain: (scope: string, stages: ChainStages, kind: ReviewItemKind = "filing") =>
    request<{ chain: ReviewChain }>("PUT", `/api/review-chains/${enc(kind)}/${enc(scope)}`, { stages }).then((r) => r.chain),
  removeOverride: (scope: string, kind: ReviewItemKind = "filing") => request<void>("DELETE", `/api/review-chains/${enc(kind)}/${enc(scope)}`),
  reviewers: () => request<{ items: Reviewer[] }>("GET", "/api/reviews/reviewers").then((r) => r.items),
  inbox: () => request<{ items: InboxItem[] }>("GET", "/api/reviews/mine").then((r) => r.items),
  pending: () => request<{ items: PendingTask[] }>("GET", "/api/reviews/pending").then((r) => r.items),
  reassign: (itemId: string, stage: Stage, reviewerId: string) => request<unknown>("POST", `/api/reviews/${enc(itemId)}/${stage}/reassign`, { reviewerId }),
  delegation: () => request<Delegation>("GET", "/api/me/delegation"),
  setDelegation: (deputyId: string, until?: string) => request<Delegation>("PUT", "/api/me/delegation", { deputyId, ...(until ? { until } : {}) }),
  clearDelegation: () => request<void>("DELETE", "/api/me/delegation"),
};
