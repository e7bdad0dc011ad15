import type { FigureCount } from "./figures.js";

/** A stored item as it was before and after one write, decoded from the table's change stream. */
export interface ItemChange {
  /** Unique per change (the stream record's event id): applying a change twice must count once. */
  changeId: string;
  entity: string;
  old?: unknown;
  new?: unknown;
}

/** Figures kept as counters in the table. */
export interface FigureStore {
  /**
   * Adds the deltas and records `changeId` as applied, in one transaction; false (and nothing
   * changed) when the change was applied before.
   */
  applyOnce(changeId: string, deltas: FigureCount[]): Promise<boolean>;
  /**
   * The non-zero cells of a set for each period whose key starts with one of `prefixes` (no prefix:
   * every cell). One query per partition and prefix: a year's months share a partition. With
   * `limit`, each query reads at most that many cells, the first in key order.
   */
  read(set: string, periods: string[], prefixes?: string[][], options?: { limit?: number }): Promise<FigureCount[]>;
  /** Every stored figure, page by page (the recount's comparison). */
  listAll(): AsyncIterable<FigureCount[]>;
  /** Sets figures to the given values (the recount's repair); zero removes them. */
  overwrite(counts: FigureCount[]): Promise<void>;
}

/** The source items themselves, for the recount: every stored item of an entity, page by page, through an index. */
export interface FigureSourceItems {
  pages(entity: string): AsyncIterable<unknown[]>;
}
