import type { FigureSources } from "./figure-source.js";
import { NOW, type FigureCount } from "./figures.js";
import type { FigureStore } from "./ports.js";
import { countOfCell, type Level } from "./rollups.js";

export interface FigureFilter {
  months: string[];
  /** Undefined: every unit. */
  units?: Set<string>;
  platform?: string;
}

export interface ReadBy {
  perUnit?: boolean;
  perPlatform?: boolean;
}

/** Past this many queries (units in scope × periods), a set's whole level is read once per period and narrowed in memory. */
const MAX_UNIT_QUERIES = 24;

/**
 * The figures one report request reads: per set, the roll-up level it needs (see rollups.ts), one
 * query per period in the filter (months, their years, or "now") and per unit in scope. Counts come
 * back in the set's key shape; parts the level summed away read `ANY`. Each set is read once per request.
 */
export function figureReader(store: FigureStore, sources: FigureSources, filter: FigureFilter) {
  const cache = new Map<string, Promise<FigureCount[]>>();
  const periodsOf = (set: string) => {
    const { period } = sources.spec(set);
    if (period === "now") return [NOW];
    if (period === "year") return [...new Set(filter.months.map((m) => m.slice(0, 4)))];
    return filter.months;
  };
  async function load(set: string, by: ReadBy): Promise<FigureCount[]> {
    if (!sources.has(set)) return [];
    const spec = sources.spec(set);
    const platform = spec.platform ? filter.platform : undefined;
    const perPlatform = spec.platform && (!!platform || !!by.perPlatform);
    const units = filter.units ? [...filter.units] : undefined;
    const periods = periodsOf(set);
    let prefixes: string[][];
    if (units || by.perUnit) {
      const level: Level = perPlatform ? "UP" : "U";
      // A year's months share one partition (FigureStore.read), so a twelve-month range is about one query per prefix.
      const partitions = spec.period === "month" ? new Set(periods.map((p) => p.slice(0, 4))).size : periods.length;
      prefixes = units && units.length * partitions <= MAX_UNIT_QUERIES ? units.map((u) => (platform ? [level, u, platform] : [level, u])) : [[level]];
    } else {
      prefixes = perPlatform ? [platform ? ["P", platform] : ["P"]] : [["A"]];
    }
    const cells = await store.read(set, periods, prefixes);
    return cells.map((c) => countOfCell(c, spec)).filter((c) => (!filter.units || filter.units.has(c.key[0])) && (!platform || c.key[1] === platform));
  }
  return {
    filter,
    /**
     * The first `limit` counts of a "now" set in key order, per unit in scope (or in all), each
     * read with a limit: a list of the oldest of many (accounts longest without an update) costs
     * the same whatever the register's size. Keys come back with the unit when the scope names units.
     */
    async first(set: string, limit: number): Promise<FigureCount[]> {
      if (!sources.has(set)) return [];
      const spec = sources.spec(set);
      if (spec.platform || spec.period !== "now") throw new Error(`figure set ${set}: first() reads "now" sets without a platform`);
      const units = filter.units ? [...filter.units] : undefined;
      const prefixes = units ? units.map((u) => ["U", u]) : [["A"]];
      const cells = await store.read(set, [NOW], prefixes, { limit });
      return cells.map((c) => countOfCell(c, spec));
    },
    /**
     * A set's counts in the request's scope. Without `by`, the unit and platform are summed away
     * (unless the filter names them); `perUnit` / `perPlatform` keep them in every key.
     */
    get(set: string, by: ReadBy = {}): Promise<FigureCount[]> {
      const id = `${set}#${by.perUnit ? "u" : ""}${by.perPlatform ? "p" : ""}`;
      let found = cache.get(id);
      if (!found) cache.set(id, (found = load(set, by)));
      return found;
    },
  };
}

export type FigureReader = ReturnType<typeof figureReader>;

/** Sum of counts whose key matches. */
export const total = (counts: FigureCount[], match: (key: string[]) => boolean = () => true) => counts.reduce((sum, c) => (match(c.key) ? sum + c.n : sum), 0);
