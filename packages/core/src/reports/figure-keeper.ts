import type { ReviewKinds } from "../review/kind.js";
import type { Logger } from "../shared/ports.js";
import type { FigureContext, FigureSources } from "./figure-source.js";
import { countItem } from "./figure-source.js";
import { figureDeltas, sumFigures } from "./figures.js";
import { cellsOf } from "./rollups.js";
import type { FigureStore, ItemChange } from "./ports.js";

/** A review item's unit never changes, so it is looked up once per process (a bounded memo). */
export function reviewItemUnits(kinds: ReviewKinds, limit = 10_000): FigureContext {
  const memo = new Map<string, string | undefined>();
  return {
    async unitOfReviewItem(kind, itemId) {
      const id = `${kind}#${itemId}`;
      if (memo.has(id)) return memo.get(id);
      const unit = (await kinds.get(kind)?.load(itemId))?.state.unitId;
      if (memo.size >= limit) memo.delete(memo.keys().next().value!);
      if (unit !== undefined) memo.set(id, unit);
      return unit;
    },
  };
}

export type KeepResult = "applied" | "repeated" | "unchanged" | "ignored";

/**
 * Keeps the figures with the writes: each change of a stored item (from the table's stream, in AWS
 * and locally alike) becomes the difference between what the new and the old item contribute,
 * applied exactly once under the change's id. The capabilities that write the items know nothing
 * of it.
 */
export function figureKeeper(deps: { figures: FigureStore; sources: FigureSources; context: FigureContext; log?: Logger }) {
  const { figures, sources, context } = deps;
  return {
    async keep(change: ItemChange): Promise<KeepResult> {
      if (sources.forEntity(change.entity).length === 0) return "ignored";
      const [before, after] = await Promise.all([countItem(sources, change.entity, change.old, context), countItem(sources, change.entity, change.new, context)]);
      const deltas = figureDeltas(before, after);
      if (deltas.length === 0) return "unchanged";
      const cells = [...sumFigures(deltas.flatMap((d) => cellsOf(d, sources.spec(d.set)))).values()];
      return (await figures.applyOnce(change.changeId, cells)) ? "applied" : "repeated";
    },
  };
}

export type FigureKeeper = ReturnType<typeof figureKeeper>;
