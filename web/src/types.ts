/** Shapes of the JSON API, as the page sees them (the server owns the rules). */

export type Role = "admin" | "operator" | "reviewer";
export type FilingStatus = "in_review" | "returned" | "rejected" | "filed";
export type Stage = "first" | "second" | "final";
export type Decision = "approve" | "reject" | "return";
export type OperationMode = "self" | "outsourced";

export interface Person {
  personId: string;
  name: string;
  email: string;
  roles: Role[];
  unit: { unitId: string; name: string };
}

export interface Option {
  id: string;
  label: string;
}

export interface Meta {
  platforms: Option[];
  operationModes: Option[];
  verificationStatuses: Option[];
  stages: Option[];
  filingStatuses: Option[];
}

export interface Administrator {
  name: string;
  phone: string;
  email: string;
  onPayroll: boolean;
}

/** 新媒体建设申请表 as submitted. */
export interface FilingInput {
  platform: string;
  accountName: string;
  platformAccountId: string;
  purpose: string;
  publishingScope: string;
  leader: { name: string; title: string; phone: string };
  administrators: Administrator[];
  operationMode: OperationMode;
  contractor?: { name: string; contractEndDate: string };
  verification: string;
  justification?: string;
}

/** 开设 / 变更 / 注销: every kind goes through the same three-stage review. */
export type FilingKind = "open" | "change" | "cancel";

export interface Filing {
  filingId: string;
  kind: FilingKind;
  /** The register account a change or cancellation is about (and, once filed, the one an open filing created). */
  accountId?: string;
  /** For a change: the account's data when the change was filed. */
  previousData?: FilingInput;
  /** For a change: the unit taking the account over. */
  transferToUnitId?: string;
  /** Why a change or cancellation is requested. */
  reason?: string;
  unitId: string;
  unitName?: string;
  submittedBy: string;
  round: number;
  status: FilingStatus;
  stage: Stage;
  data: FilingInput;
  platform: string;
  filingNumber?: string;
  lastDecision?: Decision;
  lastComment?: string;
  createdAt: string;
  updatedAt: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  details: {
    stage?: Stage;
    decision?: Decision;
    comment?: string;
    round?: number;
    filingNumber?: string;
    reviewerName?: string;
    changes?: { field: string; before: string; after: string }[];
    [key: string]: unknown;
  };
  hash: string;
}

export interface TaskSummary {
  round: number;
  stage: Stage;
  status: "pending" | "decided" | "expired";
  reviewerName: string;
  decision?: Decision;
  decidedAt?: string;
}

export interface FilingDetail {
  filing: Filing;
  history: AuditEntry[];
  tasks: TaskSummary[];
}

export interface AuditVerdict {
  ok: boolean;
  count: number;
  brokenAt?: number;
}

export interface FieldError {
  field: string;
  code: string;
  message: string;
}
