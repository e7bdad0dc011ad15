import type { Account, Platform, RegisterEntryRef, RegisterListQuery, RegisterSlice, RegisterStore, RegisterTextQuery } from "@beian/core";
import type { BeianService } from "./beian-service.js";
import { CANCELLED_FACET, facetOf, TEXT_FACET, type RegisterEntryItem } from "./register-index.js";

/** How many search-key entries one text query reads at most; filters apply to these, so a page's cost stays bounded. */
const TEXT_READ_LIMIT = 100;
/** The highest code point, closing a prefix range. */
const PREFIX_END = "\u{10FFFF}";

/** The register's read side on the single table, through the `registerEntry` index items. */
export class DynamoRegisterStore implements RegisterStore {
  constructor(private readonly db: BeianService) {}

  private get e() {
    return this.db.entities;
  }

  /** One query per unit partition (the filters pick the partition), merged newest first. */
  async listAccounts(query: RegisterListQuery): Promise<RegisterSlice> {
    const units = query.unitIds ?? [undefined];
    const perPartition = await Promise.all(
      units.map((unitId) => this.readFacet(facetOf({ unitId, platform: query.platform, status: query.status }), query.limit + 1, query.after)),
    );
    const merged = perPartition.flat().sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0));
    const page = merged.slice(0, query.limit);
    return { accounts: await this.accountsOf(page), last: merged.length > query.limit ? page.at(-1)!.sortKey : undefined };
  }

  async searchAccounts(query: RegisterTextQuery): Promise<RegisterSlice> {
    const prefix = query.exact ? `${query.key}#` : query.key;
    const lower = query.after && query.after > prefix ? query.after : prefix;
    const { data } = await this.e.registerEntry.query
      .byFacet({ facet: TEXT_FACET })
      .between({ sortKey: lower }, { sortKey: `${prefix}${PREFIX_END}` })
      .go({ limit: TEXT_READ_LIMIT + 1 });
    const read = (data as RegisterEntryItem[]).filter((entry) => entry.sortKey !== query.after).slice(0, TEXT_READ_LIMIT);
    const units = query.unitIds ? new Set(query.unitIds) : undefined;
    const seen = new Set<string>();
    const matches: RegisterEntryItem[] = [];
    let stoppedAt = read.length - 1;
    for (const [index, entry] of read.entries()) {
      if (units && !units.has(entry.unitId)) continue;
      if ((query.platform && entry.platform !== query.platform) || (query.status && entry.status !== query.status)) continue;
      if (seen.has(entry.accountId)) continue;
      seen.add(entry.accountId);
      matches.push(entry);
      if (matches.length === query.limit) {
        stoppedAt = index;
        break;
      }
    }
    const last = read[stoppedAt]?.sortKey;
    const more = stoppedAt < read.length - 1 || data.length > TEXT_READ_LIMIT;
    return { accounts: await this.accountsOf(matches), last: more ? last : undefined };
  }

  async listPlatformEntries(platform: Platform, limit: number, after?: string) {
    const query = this.e.registerEntry.query.byFacet({ facet: facetOf({ platform }) });
    // Only what the caller needs comes back: a whole-register pass reads many of these.
    const { data } = await (after ? query.gt({ sortKey: after }) : query).go({ order: "asc", limit, attributes: ["accountId", "unitId", "platform", "status", "sortKey"] });
    const entries = data as RegisterEntryItem[];
    return {
      entries: entries.map(({ accountId, unitId, platform: p, status }): RegisterEntryRef => ({ accountId, unitId, platform: p as Platform, status })),
      last: entries.length === limit ? entries.at(-1)!.sortKey : undefined,
    };
  }

  async listCancelled(limit: number, after?: string): Promise<RegisterSlice> {
    const entries = await this.readFacet(CANCELLED_FACET, limit + 1, after);
    const page = entries.slice(0, limit);
    return { accounts: await this.accountsOf(page), last: entries.length > limit ? page.at(-1)!.sortKey : undefined };
  }

  private async readFacet(facet: string, limit: number, after?: string): Promise<RegisterEntryItem[]> {
    const query = this.e.registerEntry.query.byFacet({ facet });
    const ranged = after ? query.lt({ sortKey: after }) : query;
    const { data } = await ranged.go({ order: "desc", limit });
    return data as RegisterEntryItem[];
  }

  /** One batch read for a page, returned in the page's order. */
  private async accountsOf(entries: RegisterEntryItem[]): Promise<Account[]> {
    if (entries.length === 0) return [];
    const { data } = await this.e.account.get(entries.map((e) => ({ accountId: e.accountId }))).go();
    const byId = new Map((data as Account[]).map((a) => [a.accountId, a]));
    return entries.map((e) => byId.get(e.accountId)).filter((a): a is Account => a !== undefined);
  }
}
