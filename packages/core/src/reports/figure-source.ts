import type { FigureCount } from "./figures.js";

/**
 * How a figure set is laid out, so reports can read and filter any set without knowing it. Every
 * key starts with the owning unit, then the platform when `platform` is set (see rollups.ts).
 */
export interface FigureSetSpec {
  platform: boolean;
  /** Month periods ("2026-11"), year periods ("2026") or the present ("now"). */
  period: "month" | "year" | "now";
}

/** What a source may ask while counting an item: facts that do not change over the item's life. */
export interface FigureContext {
  /** The unit a review item belongs to (any kind, through its review kind); undefined if it is gone. */
  unitOfReviewItem(kind: string, itemId: string): Promise<string | undefined>;
}

/**
 * One kind of stored item feeding the figures: what an item, as it is now, contributes. Adding the
 * update-compliance or inspection figures is registering another source (and its sets) — the
 * consumer, the recount and the reports take them from the registry.
 */
export interface FigureSource<T = any> {
  /** The stored entity it counts (the store's entity name: "account", "reviewTask" …). */
  readonly entity: string;
  readonly sets: Record<string, FigureSetSpec>;
  count(item: T, context: FigureContext): FigureCount[] | Promise<FigureCount[]>;
}

/** The figure sources of this system, by entity. */
export class FigureSources {
  private readonly sources: FigureSource[] = [];
  private readonly setSpecs = new Map<string, FigureSetSpec>();

  register(source: FigureSource): this {
    for (const [set, spec] of Object.entries(source.sets)) this.declare(set, spec);
    this.sources.push(source);
    return this;
  }

  /** A set reports read before any source feeds it. Several sources may feed one set, laid out alike. */
  declare(set: string, spec: FigureSetSpec): this {
    const known = this.setSpecs.get(set);
    if (known && JSON.stringify(known) !== JSON.stringify(spec)) throw new Error(`figure set ${set} registered twice, laid out differently`);
    this.setSpecs.set(set, spec);
    return this;
  }

  forEntity(entity: string): FigureSource[] {
    return this.sources.filter((s) => s.entity === entity);
  }

  entities(): string[] {
    return [...new Set(this.sources.map((s) => s.entity))];
  }

  spec(set: string): FigureSetSpec {
    const spec = this.setSpecs.get(set);
    if (!spec) throw new Error(`unknown figure set ${set}`);
    return spec;
  }

  has(set: string): boolean {
    return this.setSpecs.has(set);
  }
}

/** Everything an item contributes, over every source of its entity. */
export async function countItem(sources: FigureSources, entity: string, item: unknown, context: FigureContext): Promise<FigureCount[]> {
  if (item === undefined) return [];
  const counts = await Promise.all(sources.forEntity(entity).map((s) => s.count(item, context)));
  return counts.flat();
}
