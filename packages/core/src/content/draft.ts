import type { ReviewedFields } from "../review/reviewed-fields.js";

/**
 * 草稿 → 审核中 → 已退回修改 / 未通过 / 已通过 → 已发布. An edit after submission (in review or
 * approved) puts the draft back to 草稿: the approvals it had covered another text.
 */
export type DraftStatus = "draft" | "in_review" | "returned" | "rejected" | "approved" | "published";

export const DRAFT_STATUSES = ["draft", "in_review", "returned", "rejected", "approved", "published"] as const satisfies readonly DraftStatus[];

export const DRAFT_STATUS_LABELS: Record<DraftStatus, string> = {
  draft: "草稿",
  in_review: "审核中",
  returned: "已退回修改",
  rejected: "未通过",
  approved: "已通过",
  published: "已发布",
};

export const CONTENT_TYPES = ["original", "repost"] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];
export const CONTENT_TYPE_LABELS: Record<ContentType, string> = { original: "原创", repost: "转载" };

/** What a reviewer approves: the text and everything that goes out with it. Its hash binds an approval. */
export interface ContentVersion {
  title: string;
  body: string;
  type: ContentType;
  /** 转载: where it was taken from. */
  source?: string;
  author: string;
  /** The accounts it will be published on. */
  accountIds: string[];
  /** References (URLs or file names) of attached images. */
  images: string[];
  /** When the unit plans to publish it (ISO instant). */
  plannedAt?: string;
}

/** One word-check hit, in the original text's positions (UTF-16 offsets, end exclusive). */
export interface WordHit {
  entryId: string;
  field: "title" | "body";
  start: number;
  end: number;
  /** The text as written at that place. */
  text: string;
  wrong: string;
  suggestion: string;
  category: string;
  severity: WordSeverity;
}

export type WordSeverity = "serious" | "notice";
export const WORD_SEVERITY_LABELS: Record<WordSeverity, string> = { serious: "严重", notice: "提示" };

/** An operator's reason for keeping a 严重 hit, shown to every reviewer of the round. */
export interface HitConfirmation {
  entryId: string;
  field: "title" | "body";
  start: number;
  text: string;
  reason: string;
}

/**
 * A content draft (稿件). The text itself lives in versions keyed by hash (a 50,000-character body
 * would crowd the 400 KB item limit twice over); the draft holds the hashes that matter.
 */
export interface ContentDraft extends ReviewedFields {
  draftId: string;
  createdBy: string;
  title: string;
  accountIds: string[];
  /** The current text's version. */
  contentHash: string;
  bodyLength: number;
  /** The version of the current (or last) round. */
  submittedHash?: string;
  /** The version reviewers of the round before saw: what the current round's diff is against. */
  reviewedHash?: string;
  /** The version 终审 approved; cleared by any edit. */
  approvedHash?: string;
  approvedAt?: string;
  /** The current round's word check and the operator's confirmations of its 严重 hits. */
  hits?: WordHit[];
  confirmations?: HitConfirmation[];
  /** Dictionary version the hits were found with. */
  dictionaryVersion?: number;
  status: DraftStatus;
  /** Accounts it was published on (publication records hold the where and when). */
  publishedAccountIds?: string[];
}

/** Statuses in which the text may be changed (an edit in review or after approval voids the round). */
export const EDITABLE_STATUSES: readonly DraftStatus[] = ["draft", "returned", "in_review", "approved"];
/** Statuses from which a draft may be submitted for a (new) round. */
export const SUBMITTABLE_STATUSES: readonly DraftStatus[] = ["draft", "returned"];
