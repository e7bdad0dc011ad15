import {
  ACCOUNT_STATUS_LABELS,
  DECISION_LABELS,
  FILING_KIND_LABELS,
  FILING_STATUS_LABELS,
  OPERATION_MODE_LABELS,
  PLATFORMS,
  STAGE_LABELS,
  VERIFICATION_LABELS,
  type AccountStatus,
  type Decision,
  type FilingKind,
  type FilingStatus,
  type Stage,
} from "@beian/core";

/** A choice in a select: the id the API takes and the label people read. */
export interface Option {
  id: string;
  label: string;
}

const toOptions = (labels: Record<string, string | { label: string }>): Option[] =>
  Object.entries(labels).map(([id, v]) => ({ id, label: typeof v === "string" ? v : v.label }));

/** The core's label tables: the same ones GET /api/meta serves, so the page needs no round trip for them. */
const lists = {
  platforms: toOptions(PLATFORMS),
  operationModes: toOptions(OPERATION_MODE_LABELS),
  verificationStatuses: toOptions(VERIFICATION_LABELS),
  stages: toOptions(STAGE_LABELS),
  filingStatuses: toOptions(FILING_STATUS_LABELS),
  accountStatuses: toOptions(ACCOUNT_STATUS_LABELS),
} as const;

export type LabelKind = keyof typeof lists;

export const options = (kind: LabelKind): Option[] => lists[kind];

export function label(kind: LabelKind, id: string | undefined): string {
  if (!id) return "";
  return lists[kind].find((o) => o.id === id)?.label ?? id;
}

export const platformLabel = (id: string) => label("platforms", id);
export const stageLabel = (id: Stage | undefined) => (id ? STAGE_LABELS[id] : "");
export const statusLabel = (id: FilingStatus) => FILING_STATUS_LABELS[id] ?? id;
export const accountStatusLabel = (id: AccountStatus) => ACCOUNT_STATUS_LABELS[id] ?? id;
export const decisionLabel = (id: Decision | undefined) => (id ? DECISION_LABELS[id] : "");
export const kindLabel = (kind: FilingKind | undefined) => FILING_KIND_LABELS[kind ?? "open"] ?? kind ?? "";
