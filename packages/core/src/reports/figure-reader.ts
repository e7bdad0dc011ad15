import type { FigureSources } from "./figure-source.js";
import { NOW, type FigureCount } from "./figures.js";
import type { FigureStore } from "./ports.js";

export interface FigureFilter {
  months: string[];
  /** Undefined: every unit. */
  units?: Set<string>;
  platform?: string;
}

/**
 * The figures one report request reads: per set, one query per period in the filter (months, their
 * years, or "now"), narrowed to the units and platform asked for. Each set is read once per request.
 */
export function figureReader(store: FigureStore, sources: FigureSources, filter: FigureFilter) {
  const cache = new Map<string, Promise<FigureCount[]>>();
  const periodsOf = (set: string) => {
    const { period } = sources.spec(set);
    if (period === "now") return [NOW];
    if (period === "year") return [...new Set(filter.months.map((m) => m.slice(0, 4)))];
    return filter.months;
  };
  async function load(set: string): Promise<FigureCount[]> {
    if (!sources.has(set)) return [];
    const spec = sources.spec(set);
    const counts = await store.read(set, periodsOf(set));
    return counts.filter(
      (c) => (!filter.units || filter.units.has(c.key[spec.unitAt])) && (!filter.platform || spec.platformAt === undefined || c.key[spec.platformAt] === filter.platform),
    );
  }
  return {
    filter,
    get(set: string): Promise<FigureCount[]> {
      let found = cache.get(set);
      if (!found) cache.set(set, (found = load(set)));
      return found;
    },
    /** Whether the platform filter applies to a set (sets without a platform ignore it). */
    byPlatform: (set: string) => sources.has(set) && sources.spec(set).platformAt !== undefined,
  };
}

export type FigureReader = ReturnType<typeof figureReader>;

/** Sum of counts whose key matches. */
export const total = (counts: FigureCount[], match: (key: string[]) => boolean = () => true) => counts.reduce((sum, c) => (match(c.key) ? sum + c.n : sum), 0);
