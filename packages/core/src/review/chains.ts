import { STAGES, type Stage } from "./stages.js";

/** The scope of the organization-wide chain; an override's scope is its unit id. */
export const DEFAULT_CHAIN_SCOPE = "default";

/** Who may decide each stage. An override may name only some stages; the others are inherited. */
export type ChainStages = Partial<Record<Stage, string[]>>;

export interface ReviewChain {
  /** The review kind the chain is for ("filing", "content" …). */
  kind: string;
  scope: string;
  stages: ChainStages;
  updatedAt: string;
  updatedBy: string;
}

export interface ResolvedChain {
  stages: Record<Stage, string[]>;
  /** Where each stage's reviewers came from: the default scope or the overriding unit's id. */
  sources: Record<Stage, string>;
  resolvedAt: string;
}

/**
 * Per stage, the nearest override wins: the item's own unit, then its parent, up to the root; a
 * stage no override names falls back to the default chain. `ancestry` runs root → item's unit.
 */
export function resolveChain(chains: ReviewChain[], ancestry: string[], at: string): ResolvedChain {
  const byScope = new Map(chains.map((c) => [c.scope, c]));
  const scopes = [...[...ancestry].reverse(), DEFAULT_CHAIN_SCOPE];
  const stages = {} as Record<Stage, string[]>;
  const sources = {} as Record<Stage, string>;
  for (const stage of STAGES) {
    const scope = scopes.find((s) => (byScope.get(s)?.stages[stage]?.length ?? 0) > 0);
    stages[stage] = scope ? [...byScope.get(scope)!.stages[stage]!] : [];
    sources[stage] = scope ?? DEFAULT_CHAIN_SCOPE;
  }
  return { stages, sources, resolvedAt: at };
}
