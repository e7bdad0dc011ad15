import type { ContentDraft, ContentStore, ContentVersion, DraftListQuery, DraftPage, DraftStatus, Publication } from "@beian/core";
import type { BeianService } from "./beian-service.js";
import { stripUndefined, txWrite } from "./tx-write.js";

const sortKeyOf = (d: Pick<ContentDraft, "createdAt" | "draftId">) => `${d.createdAt}#${d.draftId}`;

/** Drafts, their versions by hash, and publication records. */
export class DynamoContentStore implements ContentStore {
  constructor(private readonly db: BeianService) {}

  private get e() {
    return this.db.entities;
  }

  async getDraft(draftId: string) {
    const { data } = await this.e.contentDraft.get({ draftId }).go();
    return data ? (stripUndefined(data) as ContentDraft) : undefined;
  }

  /** One query per unit (or the all-drafts partition), each read to limit + 1, merged newest first. */
  async listDrafts(query: DraftListQuery): Promise<DraftPage> {
    const read = async (unitId: string | undefined) => {
      const [createdAt, draftId] = query.after ? query.after.split("#") : [];
      const base = unitId ? this.e.contentDraft.query.byUnit({ unitId }) : this.e.contentDraft.query.all({});
      const ranged = query.after ? base.lt({ createdAt, draftId }) : base;
      const filtered = query.status ? ranged.where((a, op) => op.eq(a.status, query.status as DraftStatus)) : ranged;
      const { data } = await filtered.go({ order: "desc", limit: query.limit + 1 });
      return data as ContentDraft[];
    };
    const partitions = await Promise.all((query.unitIds ?? [undefined]).map(read));
    const merged = partitions.flat().sort((a, b) => sortKeyOf(b).localeCompare(sortKeyOf(a)));
    const drafts = merged.slice(0, query.limit);
    return { drafts, last: merged.length > query.limit ? sortKeyOf(drafts.at(-1)!) : undefined };
  }

  writeDraft(draft: ContentDraft, expected?: { auditSeq: number; status: DraftStatus }) {
    const item = stripUndefined(draft);
    return txWrite("draft", (tx) => [
      expected === undefined
        ? tx.contentDraft.create(item).commit()
        : tx.contentDraft
            .put(item)
            .where((a, op) => `${op.eq(a.auditSeq, expected.auditSeq)} AND ${op.eq(a.status, expected.status)}`)
            .commit(),
    ]);
  }

  async getVersion(draftId: string, hash: string) {
    const { data } = await this.e.contentVersion.get({ draftId, hash }).go();
    if (!data) return undefined;
    const { draftId: _d, hash: _h, createdAt: _c, ...version } = data;
    return stripUndefined(version) as ContentVersion;
  }

  putVersion(draftId: string, hash: string, version: ContentVersion, at: string) {
    return txWrite("version", (tx) => [tx.contentVersion.put(stripUndefined({ ...version, draftId, hash, createdAt: at })).commit()]);
  }

  deleteVersion(draftId: string, hash: string) {
    return txWrite("version", (tx) => [tx.contentVersion.delete({ draftId, hash }).commit()]);
  }

  async listDraftPublications(draftId: string) {
    const { data } = await this.e.publication.query.byOwner({ owner: `draft:${draftId}` }).go({ pages: "all" });
    return data as Publication[];
  }

  async listAccountPublications(accountId: string, limit: number, range?: { from: string; to: string }) {
    const query = this.e.publication.query.byAccount({ accountId });
    // The publication id closes the range's upper end: every id sorts below U+10FFFF.
    const ranged = range ? query.between({ publishedAt: range.from }, { publishedAt: range.to, publicationId: "\u{10FFFF}" }) : query;
    const { data } = await ranged.go({ order: "desc", limit, pages: "all" });
    return data as Publication[];
  }

  recordPublication(publication: Publication) {
    return txWrite("publication", (tx) => [tx.publication.create(stripUndefined(publication)).commit()]);
  }
}
