import { PLATFORMS } from "../shared/platforms.js";
import { formatShanghai } from "../shared/time.js";
import type { ReviewDescription, ReviewSection } from "../review/kind.js";
import { CONTENT_TYPE_LABELS, type ContentDraft, type ContentVersion } from "./draft.js";
import type { ContentDeps } from "./content-deps.js";
import { hitNote, markHits } from "./hit-marks.js";
import { textDiff } from "./text-diff.js";

export const CONTENT_REQUEST_LABEL = "内容发布";

/**
 * How reviewers see a draft: the accounts and facts, the operator's reasons for keeping 严重 hits,
 * what changed since the version the previous round's reviewers saw, and the text with the word
 * check's hits marked.
 */
export function contentDescriber(deps: Pick<ContentDeps, "content" | "accounts">) {
  const { content, accounts } = deps;

  async function accountsLine(ids: string[]) {
    const found = await accounts.getAccounts(ids);
    return ids.map((id) => found.find((a) => a.accountId === id)).map((a, i) => (a ? `${PLATFORMS[a.platform].label}「${a.accountName}」` : ids[i])).join("、");
  }

  async function diffSections(draft: ContentDraft, version: ContentVersion): Promise<ReviewSection[]> {
    if (!draft.reviewedHash || draft.reviewedHash === draft.submittedHash) return [];
    const before = await content.getVersion(draft.draftId, draft.reviewedHash);
    if (!before) return [];
    const out: ReviewSection[] = [];
    const title = textDiff(before.title, version.title);
    const body = textDiff(before.body, version.body);
    const note = "与上一轮审核人员审阅的版本相比：绿色下划线为新增，红色删除线为删除。";
    if (title.changed) out.push({ type: "marked", heading: "本轮修改内容：标题", note, segments: title.segments, testId: "title-diff" });
    if (body.changed) out.push({ type: "marked", heading: "本轮修改内容：正文", note, segments: body.segments, testId: "body-diff" });
    if (!title.changed && !body.changed) out.push({ type: "notice", tone: "info", text: "本轮标题和正文与上一轮审阅版本相同（仅发布账号、作者或配图等有调整）。", testId: "diff-none" });
    return out;
  }

  return async function describe(draft: ContentDraft): Promise<ReviewDescription> {
    const hash = draft.submittedHash ?? draft.contentHash;
    const version = await content.getVersion(draft.draftId, hash);
    if (!version) throw new Error(`draft ${draft.draftId} has no version ${hash}`);
    const line = await accountsLine(version.accountIds);
    const hits = draft.hits ?? [];
    const serious = hits.filter((h) => h.severity === "serious");
    const sections: ReviewSection[] = [
      {
        type: "rows",
        heading: "稿件信息",
        rows: [
          ["标题", version.title],
          ["发布账号", line],
          ["稿件类型", version.type === "repost" ? `${CONTENT_TYPE_LABELS.repost}（来源：${version.source ?? ""}）` : CONTENT_TYPE_LABELS.original],
          ["作者", version.author],
          ["计划发布时间", version.plannedAt ? formatShanghai(version.plannedAt) : "未填写"],
          ["配图", version.images.length ? version.images.join("、") : "无"],
          ["正文字数", String(version.body.length)],
          ["版本标识", hash.slice(0, 12)],
        ],
        testId: "content-details",
      },
    ];
    for (const c of draft.confirmations ?? []) {
      const hit = serious.find((h) => h.entryId === c.entryId && h.start === c.start && h.field === c.field);
      sections.push({ type: "notice", heading: "严重错敏词保留说明", tone: "warn", text: `「${c.text}」${hit ? `（${hitNote(hit)}）` : ""}保留理由：${c.reason}`, testId: "hit-confirmation" });
    }
    sections.push(...(await diffSections(draft, version)));
    const summary = hits.length ? `错敏词检查发现 ${hits.length} 处（严重 ${serious.length} 处），已在下文标出，鼠标悬停可查看建议。` : "错敏词检查未发现问题。";
    sections.push({ type: "notice", tone: serious.length ? "warn" : "info", text: summary, testId: "hit-summary" });
    const titleHits = hits.filter((h) => h.field === "title");
    if (titleHits.length) sections.push({ type: "marked", heading: "标题", segments: markHits(version.title, titleHits), testId: "title-marked" });
    sections.push({ type: "marked", heading: "正文", segments: markHits(version.body, hits.filter((h) => h.field === "body")), testId: "body-marked" });
    return { title: version.title, requestLabel: CONTENT_REQUEST_LABEL, headline: [`发布账号：${line}`, `稿件类型：${CONTENT_TYPE_LABELS[version.type]}，作者：${version.author}`], sections };
  };
}
