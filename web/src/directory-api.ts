import { request } from "./api.js";

export interface DirUnit {
  unitId: string;
  name: string;
  parentId?: string;
  path: string;
  contactName?: string;
  contactPhone?: string;
  leaderName?: string;
  leaderTitle?: string;
}

export interface DirPerson {
  personId: string;
  name: string;
  email: string;
  phone?: string;
  unitId: string;
  roles: ("admin" | "operator" | "reviewer")[];
  active: boolean;
  canActForSubUnits?: boolean;
}

export type StageId = "first" | "second" | "final";
export interface Chain {
  scope: string;
  stages: Partial<Record<StageId, string[]>>;
  updatedAt: string;
}

export interface InboxItem {
  itemId: string;
  accountName: string;
  unitName: string;
  round: number;
  stage: StageId;
  since: string;
  onBehalfOfName?: string;
  href: string;
}

export interface PendingTask {
  itemId: string;
  accountName: string;
  unitName: string;
  round: number;
  stage: StageId;
  since: string;
  assignees: { personId: string; name: string }[];
}

export interface Delegation {
  deputy?: { personId: string; name: string };
  until?: string;
  inForce: boolean;
}

export const ROLE_LABELS = { admin: "管理员", operator: "信息员", reviewer: "审核人" } as const;
export const STAGE_NAMES: Record<StageId, string> = { first: "初审", second: "复审", final: "终审" };

const enc = encodeURIComponent;

/** 组织机构, 审核流程配置 and 待我审核 calls. */
export const directoryApi = {
  units: () => request<{ items: DirUnit[] }>("GET", "/api/directory/units").then((r) => r.items),
  createUnit: (body: Partial<DirUnit>) => request<{ unit: DirUnit }>("POST", "/api/directory/units", body),
  updateUnit: (id: string, body: Partial<DirUnit>) => request<{ unit: DirUnit }>("PUT", `/api/directory/units/${enc(id)}`, body),
  people: (unitId?: string) => request<{ items: DirPerson[] }>("GET", `/api/directory/people${unitId ? `?unitId=${enc(unitId)}` : ""}`).then((r) => r.items),
  createPerson: (body: Omit<DirPerson, "personId" | "active">) => request<{ person: DirPerson }>("POST", "/api/directory/people", body),
  deactivate: (id: string) => request<{ person: DirPerson }>("POST", `/api/directory/people/${enc(id)}/deactivate`, {}),
  reactivate: (id: string) => request<{ person: DirPerson }>("POST", `/api/directory/people/${enc(id)}/reactivate`, {}),
  chains: (kind = "filing") => request<{ default: Chain; overrides: Chain[] }>("GET", `/api/review-chains/${enc(kind)}`),
  setChain: (scope: string, stages: Chain["stages"], kind = "filing") => request<{ chain: Chain }>("PUT", `/api/review-chains/${enc(kind)}/${enc(scope)}`, { stages }),
  removeOverride: (scope: string, kind = "filing") => request<void>("DELETE", `/api/review-chains/${enc(kind)}/${enc(scope)}`),
  reviewers: () => request<{ items: { personId: string; name: string; unitName: string }[] }>("GET", "/api/reviews/reviewers").then((r) => r.items),
  inbox: () => request<{ items: InboxItem[] }>("GET", "/api/reviews/mine").then((r) => r.items),
  pending: () => request<{ items: PendingTask[] }>("GET", "/api/reviews/pending").then((r) => r.items),
  reassign: (itemId: string, stage: StageId, reviewerId: string, reason?: string) =>
    request<unknown>("POST", `/api/reviews/${enc(itemId)}/${stage}/reassign`, { reviewerId, ...(reason ? { reason } : {}) }),
  delegation: () => request<Delegation>("GET", "/api/me/delegation"),
  setDelegation: (deputyId: string, until?: string) => request<Delegation>("PUT", "/api/me/delegation", { deputyId, ...(until ? { until } : {}) }),
  clearDelegation: () => request<void>("DELETE", "/api/me/delegation"),
};
