import { z } from "zod";
import { optionalText, requiredText } from "../shared/validation.js";
import { CONTENT_TYPES } from "./draft.js";

/** A draft's body: long text, paragraphs kept. */
export const MAX_BODY_CHARS = 50_000;
export const MAX_ACCOUNTS_PER_DRAFT = 20;

const isoInstant = z.iso.datetime({ offset: true, error: "应为有效的日期时间" });

export const draftInputSchema = z
  .strictObject({
    title: requiredText(200),
    body: z.string().max(MAX_BODY_CHARS).refine((s) => s.trim().length > 0, { error: "正文为必填项" }),
    type: z.enum(CONTENT_TYPES),
    source: optionalText(200),
    author: requiredText(50),
    accountIds: z.array(z.string().trim().min(1).max(64)).min(1).max(MAX_ACCOUNTS_PER_DRAFT),
    images: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
    plannedAt: isoInstant.optional(),
  })
  .refine((d) => d.type !== "repost" || !!d.source, { error: "转载稿件须注明来源", path: ["source"], params: { code: "REQUIRED" } });

export type DraftInput = z.infer<typeof draftInputSchema>;

export const DRAFT_FIELD_LABELS: Record<string, string> = {
  title: "标题",
  body: "正文",
  type: "稿件类型",
  source: "转载来源",
  author: "作者",
  accountIds: "发布账号",
  images: "配图",
  plannedAt: "计划发布时间",
};

export const submitInputSchema = z.strictObject({
  confirmations: z
    .array(
      z.strictObject({
        entryId: z.string().min(1).max(100),
        field: z.enum(["title", "body"]),
        start: z.number().int().min(0),
        reason: requiredText(200),
      }),
    )
    .max(500)
    .default([]),
});

export const SUBMIT_FIELD_LABELS: Record<string, string> = { confirmations: "严重错敏词确认", entryId: "词条", start: "位置", reason: "保留理由", field: "位置" };

export const checkInputSchema = z.strictObject({
  title: z.string().max(200).default(""),
  body: z.string().max(MAX_BODY_CHARS).default(""),
});

export const publicationInputSchema = z.strictObject({
  accountId: z.string().trim().min(1).max(64),
  url: z.url({ protocol: /^https?$/, error: "应为以 http:// 或 https:// 开头的网址" }).max(1000),
  publishedAt: isoInstant,
  /** The version the operator is recording; refused unless it is the approved one. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});

export const PUBLICATION_FIELD_LABELS: Record<string, string> = { accountId: "发布账号", url: "发布网址", publishedAt: "发布时间", contentHash: "稿件版本" };

export const manualPublicationInputSchema = z.strictObject({
  accountId: z.string().trim().min(1).max(64),
  title: requiredText(200),
  url: z.url({ protocol: /^https?$/, error: "应为以 http:// 或 https:// 开头的网址" }).max(1000).optional(),
  publishedAt: isoInstant,
  note: optionalText(500),
});

export const MANUAL_PUBLICATION_LABELS: Record<string, string> = { accountId: "账号", title: "标题", url: "发布网址", publishedAt: "发布时间", note: "说明" };

export const draftListSchema = z.strictObject({
  status: z.enum(["draft", "in_review", "returned", "rejected", "approved", "published"]).optional(),
  unitId: z.string().trim().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  cursor: z.string().max(1000).optional(),
});

export const DRAFT_LIST_LABELS: Record<string, string> = { status: "状态", unitId: "主办单位", limit: "每页条数", cursor: "分页参数" };
