import { operatorUnitIds, requireRole } from "../directory/access.js";
import { abandonRound, type RoundAbandon } from "../review/round-abandon.js";
import { CONTENT_REVIEW_KIND } from "./content-kind.js";
import { hasRole, type Actor } from "../directory/people.js";
import { decodeFilingCursor, encodeFilingCursor } from "../filing/filing-list.js";
import { appendToChain, GENESIS_HASH, verifyAuditChain } from "../shared/audit-chain.js";
import { fail } from "../shared/errors.js";
import { StoreConflict, type TxWrite } from "../shared/ports.js";
import { parseOrThrow } from "../shared/validation.js";
import type { ContentDeps } from "./content-deps.js";
import { contentHash } from "./content-hash.js";
import { checkInputSchema, DRAFT_FIELD_LABELS, DRAFT_LIST_LABELS, draftInputSchema, draftListSchema, type DraftInput } from "./content-input.js";
import { draftAccess } from "./draft-access.js";
import { EDITABLE_STATUSES, type ContentDraft, type ContentVersion } from "./draft.js";
import type { DictionaryService } from "./words/dictionary-service.js";

const versionOf = (input: DraftInput): ContentVersion => ({ ...input, images: input.images ?? [] });

/** Versions a draft still points at: never deleted when the working text moves on. */
const referenced = (d: ContentDraft) => new Set([d.submittedHash, d.reviewedHash, d.approvedHash].filter(Boolean));

/** Writing and editing drafts, their list and page, and the word check while writing. */
const NO_ROUND: RoundAbandon = { writes: [], events: [], closeLinks: async () => {} };

export function draftService(deps: ContentDeps, dictionary: DictionaryService) {
  const { content, directory, audit, tx, clock, newId, reviews, effects } = deps;
  const access = draftAccess(deps);

  async function withUnitNames<T extends { unitId: string }>(list: T[]) {
    const names = new Map((await directory.getUnits([...new Set(list.map((d) => d.unitId))])).map((u) => [u.unitId, u.name]));
    return list.map((d) => ({ ...d, unitName: names.get(d.unitId) ?? d.unitId }));
  }

  return {
    async create(actor: Actor, body: unknown): Promise<ContentDraft> {
      requireRole(actor, "operator", "仅主办单位信息员可以撰写稿件");
      const version = versionOf(parseOrThrow(draftInputSchema, body, DRAFT_FIELD_LABELS));
      await access.assertPublishable(actor.unitId, version.accountIds);
      const now = clock.now().toISOString();
      const draftId = newId();
      const hash = contentHash(version);
      const fresh: ContentDraft = {
        draftId,
        unitId: actor.unitId,
        createdBy: actor.personId,
        submittedBy: actor.personId,
        title: version.title,
        accountIds: version.accountIds,
        contentHash: hash,
        bodyLength: version.body.length,
        round: 0,
        status: "draft",
        stage: "first",
        auditSeq: 0,
        auditHead: GENESIS_HASH,
        createdAt: now,
        updatedAt: now,
      };
      const { entity: draft, audit: record } = appendToChain(fresh, draftId, { id: actor.personId, name: actor.name }, "draft_created", { contentHash: hash }, now);
      await tx.commit([content.writeDraft(draft), content.putVersion(draftId, hash, version, now), audit.appendAudit(record)]);
      return draft;
    },

    /**
     * Saves the text. In review or after approval this voids the round or the approval (the
     * approval covered another text); the draft goes back to 草稿 and needs a new round.
     */
    async update(actor: Actor, draftId: string, body: unknown): Promise<ContentDraft> {
      const current = await access.editable(actor, draftId);
      if (!EDITABLE_STATUSES.includes(current.status)) throw fail("DRAFT_LOCKED");
      const version = versionOf(parseOrThrow(draftInputSchema, body, DRAFT_FIELD_LABELS));
      await access.assertPublishable(current.unitId, version.accountIds);
      const now = clock.now().toISOString();
      const hash = contentHash(version);
      // Same text (only the planned time may differ): nothing a reviewer approved has changed.
      if (hash === current.contentHash) {
        await tx.commit([content.putVersion(draftId, hash, version, now)]);
        return current;
      }
      const voids = current.status === "in_review" || current.status === "approved";
      const action = current.status === "in_review" ? "review_voided_by_edit" : current.status === "approved" ? "approval_voided_by_edit" : "draft_edited";
      const next: ContentDraft = {
        ...current,
        title: version.title,
        accountIds: version.accountIds,
        contentHash: hash,
        bodyLength: version.body.length,
        status: voids ? "draft" : current.status,
        approvedHash: undefined,
        approvedAt: undefined,
      };
      const details = { previousHash: current.contentHash, contentHash: hash, ...(voids ? { round: current.round, stage: current.stage, voided: current.status } : {}) };
      const { entity: draft, audit: record } = appendToChain(next, draftId, { id: actor.personId, name: actor.name }, action, details, now);
      // An edit in review voids the round in the edit's own transaction; a late click then finds it over.
      const round = current.status === "in_review" ? await abandonRound(deps, CONTENT_REVIEW_KIND, draftId, current.round, current.stage) : NO_ROUND;
      const stale = !referenced(current).has(current.contentHash) ? [content.deleteVersion(draftId, current.contentHash)] : [];
      const writes: TxWrite[] = [content.writeDraft(draft, { auditSeq: current.auditSeq, status: current.status }), content.putVersion(draftId, hash, version, now), ...stale, audit.appendAudit(record), ...round.writes, ...round.events.map((e) => effects.record(e))];
      try {
        await tx.commit(writes);
      } catch (error) {
        if (error instanceof StoreConflict) throw fail("CONCURRENT_UPDATE", "该稿件刚被其他操作修改（如审核人员已作出决定），请刷新后重试");
        throw error;
      }
      await round.closeLinks();
      await effects.run(round.events);
      return draft;
    },

    async list(actor: Actor, query: unknown = {}) {
      const input = parseOrThrow(draftListSchema, query, DRAFT_LIST_LABELS);
      let unitIds: string[] | undefined;
      if (hasRole(actor, "admin")) unitIds = input.unitId ? [input.unitId] : undefined;
      else if (hasRole(actor, "operator")) {
        const own = await operatorUnitIds(directory, actor);
        unitIds = input.unitId ? own.filter((id) => id === input.unitId) : own;
        if (input.unitId && !unitIds.length) throw fail("UNIT_OUT_OF_SCOPE", "无权查看该单位的稿件");
      } else throw fail("ROLE_REQUIRED", "无权查看稿件");
      const page = await content.listDrafts({ unitIds, status: input.status, limit: input.limit ?? 50, after: input.cursor ? decodeFilingCursor(input.cursor) : undefined });
      return { items: await withUnitNames(page.drafts), nextCursor: page.last ? encodeFilingCursor(page.last) : undefined };
    },

    /** The draft's page: the working text and its live word check, the round's, history, tasks and publications. */
    async get(actor: Actor, draftId: string) {
      const found = await access.visible(actor, draftId);
      const [[draft], version, history, tasks, publications, checker] = await Promise.all([
        withUnitNames([found]),
        content.getVersion(draftId, found.contentHash),
        audit.listAudit(draftId),
        reviews.listTasks(draftId),
        content.listDraftPublications(draftId),
        dictionary.checker(),
      ]);
      if (!version) throw new Error(`draft ${draftId} has lost its text`);
      const accounts = await deps.accounts.getAccounts(version.accountIds);
      return {
        draft,
        version,
        hits: checker.check(version),
        accounts: accounts.map((a) => ({ accountId: a.accountId, accountName: a.accountName, platform: a.platform, status: a.status, filingNumber: a.filingNumber })),
        history,
        tasks: tasks.map((t) => ({ round: t.round, stage: t.stage, status: t.status, reviewerName: t.reviewerName, decision: t.decision, comment: t.comment, decidedAt: t.decidedAt, onBehalfOfName: t.onBehalfOfName })),
        publications,
      };
    },

    /** The word check while writing: nothing is stored. */
    async check(actor: Actor, body: unknown) {
      if (!hasRole(actor, "operator") && !hasRole(actor, "admin")) throw fail("ROLE_REQUIRED");
      const text = parseOrThrow(checkInputSchema, body, DRAFT_FIELD_LABELS);
      const checker = await dictionary.checker();
      return { dictionaryVersion: checker.version, hits: checker.check(text) };
    },

    async verifyAudit(actor: Actor, draftId: string) {
      const draft = await access.visible(actor, draftId);
      return verifyAuditChain(await audit.listAudit(draftId), draft.auditHead);
    },
  };
}

export type DraftService = ReturnType<typeof draftService>;
