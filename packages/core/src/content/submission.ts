import type { Actor } from "../directory/people.js";
import { reviewStartEvent } from "../review/review-events.js";
import { appendToChain } from "../shared/audit-chain.js";
import { fail } from "../shared/errors.js";
import { StoreConflict } from "../shared/ports.js";
import { parseOrThrow } from "../shared/validation.js";
import type { ContentDeps } from "./content-deps.js";
import { SUBMIT_FIELD_LABELS, submitInputSchema } from "./content-input.js";
import { CONTENT_REVIEW_KIND } from "./content-kind.js";
import { reviewStateOf } from "./content-state.js";
import { draftAccess } from "./draft-access.js";
import { SUBMITTABLE_STATUSES, WORD_SEVERITY_LABELS, type ContentDraft, type HitConfirmation, type WordHit } from "./draft.js";
import type { DictionaryService } from "./words/dictionary-service.js";
import { hitKey } from "./words/word-check.js";

const place = (h: WordHit) => `${h.field === "title" ? "标题" : "正文"}第 ${h.start + 1} 字`;

/**
 * 送审: the word check runs again on the text as it is now (every round), every 严重 hit must be
 * confirmed with a reason, and the draft, its record and the intent to start the round's review are
 * one transaction (the outbox starts the review even if the process dies right after).
 */
export function submissionService(deps: ContentDeps, dictionary: DictionaryService) {
  const { content, audit, tx, clock, effects } = deps;
  const access = draftAccess(deps);

  function confirmed(hits: WordHit[], given: { entryId: string; field: "title" | "body"; start: number; reason: string }[]): HitConfirmation[] {
    const reasons = new Map(given.map((c) => [hitKey(c), c.reason]));
    const serious = hits.filter((h) => h.severity === "serious");
    const missing = serious.filter((h) => !reasons.has(hitKey(h)));
    if (missing.length) {
      throw fail(
        "SERIOUS_WORDS_UNCONFIRMED",
        `稿件含有 ${missing.length} 处${WORD_SEVERITY_LABELS.serious}错敏词，请改正，或逐条说明保留理由后再送审`,
        missing.map((h) => ({ field: "confirmations", code: "UNCONFIRMED_HIT", message: `${place(h)}「${h.text}」：${h.category}，建议改为「${h.suggestion}」` })),
      );
    }
    return serious.map((h) => ({ entryId: h.entryId, field: h.field, start: h.start, text: h.text, reason: reasons.get(hitKey(h))! }));
  }

  return async function submit(actor: Actor, draftId: string, body: unknown = {}): Promise<ContentDraft> {
    const current = await access.editable(actor, draftId);
    if (!SUBMITTABLE_STATUSES.includes(current.status)) throw fail("DRAFT_NOT_SUBMITTABLE");
    const { confirmations } = parseOrThrow(submitInputSchema, body ?? {}, SUBMIT_FIELD_LABELS);
    const [version, checker] = await Promise.all([content.getVersion(draftId, current.contentHash), dictionary.checker()]);
    if (!version) throw new Error(`draft ${draftId} has lost its text`);
    const hits = checker.check(version);
    const kept = confirmed(hits, confirmations);
    await access.assertPublishable(current.unitId, version.accountIds);
    const now = clock.now().toISOString();
    const round = current.round + 1;
    const next: ContentDraft = {
      ...current,
      round,
      status: "in_review",
      stage: "first",
      submittedBy: actor.personId,
      submittedHash: current.contentHash,
      // What the last round's reviewers saw is what this round's diff is against.
      reviewedHash: current.submittedHash,
      approvedHash: undefined,
      approvedAt: undefined,
      hits,
      confirmations: kept,
      dictionaryVersion: checker.version,
      lastDecision: undefined,
      lastComment: undefined,
      restarts: undefined,
      submittedAt: now,
    };
    const details = { round, contentHash: current.contentHash, hits: hits.length, serious: kept.length, dictionaryVersion: checker.version, confirmations: kept.map((c) => ({ text: c.text, reason: c.reason })) };
    const { entity: draft, audit: record } = appendToChain(next, draftId, { id: actor.personId, name: actor.name }, "content_submitted", details, now);
    const start = reviewStartEvent(effects, CONTENT_REVIEW_KIND, reviewStateOf(draft));
    try {
      await tx.commit([content.writeDraft(draft, { auditSeq: current.auditSeq, status: current.status }), audit.appendAudit(record), effects.record(start)]);
    } catch (error) {
      if (error instanceof StoreConflict) throw fail("CONCURRENT_UPDATE", "该稿件刚被其他操作修改，请刷新后重试");
      throw error;
    }
    await effects.run([start]);
    return draft;
  };
}
