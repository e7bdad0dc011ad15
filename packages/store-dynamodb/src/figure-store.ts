import { addressOf, keyText, scopeOf, type FigureCount, type FigureStore } from "@beian/core";
import type { BeianService } from "./beian-service.js";
import { isConditionFailure } from "./tx-write.js";

/** Applied-change marks outlive the stream's 24-hour retention, then expire. */
const MARK_TTL_SECONDS = 3 * 24 * 3600;
/** A transaction holds 100 items: the mark and 99 counters. */
const MAX_CELLS = 99;
/** Two shards' consumers adding to the same counter at once: the loser retries. */
const CONFLICT_RETRIES = 6;

const MONTH = /^\d{4}-\d{2}$/;
const MONTH_MARK = "@";

/** Roll-up levels a cell key may start with (core's rollups.ts). */
const LEVELS = ["UP", "U", "P", "A"];

/**
 * A cell's partition is its set, its period and its roll-up level (the key's first part), so the
 * registry office's totals sit in a partition of a few cells whatever the register's size. Monthly
 * cells are kept in their year's partition with the month as the key's last part, so a
 * twelve-month report reads one partition per set and level (two across a year end), not twelve.
 */
const partitionOf = (set: string, period: string, level: string) => `${scopeOf(set, MONTH.test(period) ? period.slice(0, 4) : period)}|${level}`;
function toItem(c: FigureCount) {
  const [level, ...rest] = c.key;
  return { scope: partitionOf(c.set, c.period, level), key: keyText(MONTH.test(c.period) ? [...rest, `${MONTH_MARK}${c.period}`] : rest) };
}
const LISTING = "figures";
const listed = (item: { scope: string; key: string }) => ({ listing: LISTING, address: `${item.scope}#${item.key}` });
function toCount(item: { scope: string; key: string; value?: number }): FigureCount {
  const cut = item.scope.lastIndexOf("|");
  const address = addressOf(item.scope.slice(0, cut), item.key);
  const key = [item.scope.slice(cut + 1), ...address.key];
  const last = key.at(-1);
  if (last?.startsWith(MONTH_MARK)) return { set: address.set, period: last.slice(1), key: key.slice(0, -1), n: item.value ?? 0 };
  return { ...address, key, n: item.value ?? 0 };
}

/** Report figures as counter items, one partition per set and period. */
export class DynamoFigureStore implements FigureStore {
  constructor(private readonly db: BeianService) {}

  async applyOnce(changeId: string, deltas: FigureCount[]): Promise<boolean> {
    if (deltas.length <= MAX_CELLS) return this.applyChunk(changeId, deltas);
    // Past one transaction's size, each chunk is applied once under its own mark.
    let applied = false;
    for (let i = 0; i * MAX_CELLS < deltas.length; i++) applied = (await this.applyChunk(`${changeId}#${i}`, deltas.slice(i * MAX_CELLS, (i + 1) * MAX_CELLS))) || applied;
    return applied;
  }

  private async applyChunk(changeId: string, deltas: FigureCount[]): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      const result = await this.db.transaction
        .write((tx) => [
          tx.figureMark.create({ changeId, appliedAt: new Date().toISOString(), expiresAtEpoch: Math.floor(Date.now() / 1000) + MARK_TTL_SECONDS }).commit(),
          ...deltas.map((d) => tx.figure.update(toItem(d)).add({ value: d.n }).set(listed(toItem(d))).commit()),
        ])
        .go();
      if (!result.canceled) break;
      const reasons = result.data as unknown as { rejected: boolean; code: string }[];
      if (reasons[0]?.rejected && reasons[0].code === "ConditionalCheckFailed") return false;
      if (attempt >= CONFLICT_RETRIES || !reasons.some((r) => r.code === "TransactionConflict")) throw new Error(`figure update cancelled: ${JSON.stringify(reasons.filter((r) => r.rejected))}`);
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt * Math.random()));
    }
    // Counters that fell to zero are removed, so a "now" partition holds only what is current.
    for (const d of deltas) if (d.n < 0) await this.dropIfZero(d);
    return true;
  }

  private async dropIfZero(c: FigureCount) {
    try {
      await this.db.entities.figure
        .delete(toItem(c))
        .where((a, op) => op.eq(a.value, 0))
        .go();
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async read(set: string, periods: string[], prefixes: string[][] = [[]], options: { limit?: number } = {}): Promise<FigureCount[]> {
    const wanted = new Set(periods);
    const partitions = [...new Set(periods.map((p) => (MONTH.test(p) ? p.slice(0, 4) : p)))];
    const queries = partitions.flatMap((period) =>
      prefixes.flatMap((prefix) =>
        (prefix.length ? [prefix[0]] : LEVELS).map((level) => {
          const query = this.db.entities.figure.query.byScope({ scope: partitionOf(set, period, level) });
          return (prefix.length > 1 ? query.begins({ key: `${keyText(prefix.slice(1))}|` }) : query).go(options.limit ? { limit: options.limit } : { pages: "all" });
        }),
      ),
    );
    return (await Promise.all(queries)).flatMap((p) => p.data.map(toCount)).filter((c) => c.n !== 0 && wanted.has(c.period));
  }

  async *listAll(): AsyncIterable<FigureCount[]> {
    let cursor: string | null = null;
    do {
      const page: { data: { scope: string; key: string; value?: number }[]; cursor: string | null } = await this.db.entities.figure.query.all({ listing: LISTING }).go({ cursor, limit: 500 });
      yield page.data.map(toCount);
      cursor = page.cursor;
    } while (cursor);
  }

  async overwrite(counts: FigureCount[]): Promise<void> {
    const gone = counts.filter((c) => c.n === 0).map(toItem);
    const kept = counts.filter((c) => c.n !== 0).map((c) => ({ ...toItem(c), value: c.n, ...listed(toItem(c)) }));
    if (gone.length) await this.db.entities.figure.delete(gone).go({ concurrency: 4 });
    if (kept.length) await this.db.entities.figure.put(kept).go({ concurrency: 4 });
  }
}
