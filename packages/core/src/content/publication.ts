import type { ContentType } from "./draft.js";

/**
 * Where and when a post went out. A system publication is tied to the draft's approved version (its
 * hash); a manual entry records a post published outside the system (先审后发 skipped), kept apart
 * and flagged, so the update monitor still knows the account is alive.
 */
export interface Publication {
  publicationId: string;
  accountId: string;
  unitId: string;
  /** The account's platform (fixed for an account's life), so the record can be counted on its own. */
  platform: string;
  source: "system" | "manual";
  /** 原创 / 转载 of the approved version; a manual entry has none (the system never saw its text). */
  contentType?: ContentType;
  draftId?: string;
  contentHash?: string;
  title: string;
  url?: string;
  publishedAt: string;
  note?: string;
  recordedBy: string;
  recordedByName: string;
  recordedAt: string;
}

export const PUBLICATION_SOURCE_LABELS: Record<Publication["source"], string> = { system: "系统发布", manual: "非系统发布" };

/** One system publication per draft and account: the id makes a second record of it a conflict. */
export const systemPublicationId = (draftId: string, accountId: string) => `${draftId}~${accountId}`;
