import type { FigureContext, FigureSources } from "./figure-source.js";
import { countItem } from "./figure-source.js";
import { figureId, sumFigures, type FigureAddress, type FigureCount } from "./figures.js";
import { cellsOf } from "./rollups.js";
import type { FigureSourceItems, FigureStore } from "./ports.js";

export interface FigureDifference extends FigureAddress {
  expected: number;
  stored: number;
}

export interface RecountResult {
  itemsRead: number;
  figures: number;
  differences: FigureDifference[];
  repaired: boolean;
}

/**
 * Proves the kept figures: rebuilds every figure from the source items (paged through indexes,
 * never a Scan) and compares it with what is stored. With `repair`, stored figures are set to the
 * rebuilt values — meant for a quiet system (a write landing mid-recount would be overwritten).
 */
export function figureRecount(deps: { figures: FigureStore; items: FigureSourceItems; sources: FigureSources; context: FigureContext }) {
  return {
    async run(options: { repair?: boolean } = {}): Promise<RecountResult> {
      const counts: FigureCount[] = [];
      let itemsRead = 0;
      for (const entity of deps.sources.entities()) {
        for await (const page of deps.items.pages(entity)) {
          itemsRead += page.length;
          for (const item of page) for (const c of await countItem(deps.sources, entity, item, deps.context)) counts.push(...cellsOf(c, deps.sources.spec(c.set)));
        }
      }
      const expected = sumFigures(counts);
      const stored = new Map<string, FigureCount>();
      for await (const page of deps.figures.listAll()) for (const f of page) stored.set(figureId(f), f);

      const differences: FigureDifference[] = [];
      for (const id of new Set([...expected.keys(), ...stored.keys()])) {
        const e = expected.get(id);
        const s = stored.get(id);
        const address = (e ?? s)!;
        if ((e?.n ?? 0) !== (s?.n ?? 0)) differences.push({ set: address.set, period: address.period, key: address.key, expected: e?.n ?? 0, stored: s?.n ?? 0 });
      }
      differences.sort((a, b) => figureId(a).localeCompare(figureId(b)));
      if (options.repair && differences.length) await deps.figures.overwrite(differences.map((d) => ({ set: d.set, period: d.period, key: d.key, n: d.expected })));
      return { itemsRead, figures: expected.size, differences, repaired: !!options.repair && differences.length > 0 };
    },
  };
}
