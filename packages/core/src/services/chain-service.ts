import { CHAIN_FIELD_LABELS, chainInputSchema, reviewItemKindSchema } from "../directory-input.js";
import { notFound, validationError, type FieldError } from "../errors.js";
import { hasRole, type Actor } from "../people.js";
import type { Deps } from "../ports.js";
import { ancestryOf, DEFAULT_CHAIN_SCOPE, resolveChain, type ChainStages, type ResolvedChain, type ReviewChain, type ReviewItemKind } from "../review-chains.js";
import { STAGES } from "../stages.js";
import { parseOrThrow } from "../validation.js";
import { requireRole } from "./access.js";
import { commitDirectory } from "./directory-audit.js";

function kindOf(raw: string): ReviewItemKind {
  const parsed = reviewItemKindSchema.safeParse(raw);
  if (!parsed.success) throw notFound("CHAIN_KIND_NOT_FOUND", "审核事项类型不存在");
  return parsed.data;
}

/**
 * Review chains: who decides each stage, by kind of item. A default chain plus per-unit overrides;
 * per stage the nearest override up the unit tree wins. A review round snapshots the chain when it
 * starts, so editing a chain changes new rounds only.
 */
export function chainService(deps: Deps) {
  const { store, clock } = deps;

  /** Every named reviewer must exist, be active and hold the reviewer role. */
  async function assertReviewers(stages: ChainStages) {
    const fields: FieldError[] = [];
    for (const stage of STAGES) {
      const ids = stages[stage] ?? [];
      if (new Set(ids).size !== ids.length) fields.push({ field: `stages.${stage}`, code: "DUPLICATE", message: "同一环节不能重复添加同一审核人" });
      const people = await store.getPeople(ids);
      const bad = ids.filter((id) => !people.some((p) => p.personId === id && hasRole(p, "reviewer")));
      if (bad.length) fields.push({ field: `stages.${stage}`, code: "NOT_A_REVIEWER", message: "审核人须为在用的审核人员" });
    }
    if (fields.length) throw validationError(fields);
  }

  return {
    async list(actor: Actor, rawKind: string) {
      requireRole(actor, "admin");
      const kind = kindOf(rawKind);
      const chains = await store.listChains(kind);
      const base = chains.find((c) => c.scope === DEFAULT_CHAIN_SCOPE);
      return {
        kind,
        default: base ?? { kind, scope: DEFAULT_CHAIN_SCOPE, stages: {}, updatedAt: "", updatedBy: "" },
        overrides: chains.filter((c) => c.scope !== DEFAULT_CHAIN_SCOPE),
      };
    },

    /** Sets the default chain (`scope` "default") or a unit's override (`scope` a unit id). */
    async set(actor: Actor, rawKind: string, scope: string, body: unknown): Promise<ReviewChain> {
      requireRole(actor, "admin");
      const kind = kindOf(rawKind);
      if (scope !== DEFAULT_CHAIN_SCOPE && !(await store.getUnit(scope))) throw notFound("UNIT_NOT_FOUND", "单位不存在");
      const input = parseOrThrow(chainInputSchema, body, CHAIN_FIELD_LABELS);
      const stages: ChainStages = Object.fromEntries(STAGES.filter((s) => input.stages[s]?.length).map((s) => [s, input.stages[s]!]));
      if (scope === DEFAULT_CHAIN_SCOPE) {
        const missing = STAGES.filter((s) => !stages[s]);
        if (missing.length) throw validationError(missing.map((s) => ({ field: `stages.${s}`, code: "REQUIRED", message: "默认审核流程的每个环节至少需要一名审核人" })));
      } else if (Object.keys(stages).length === 0) {
        throw validationError([{ field: "stages", code: "REQUIRED", message: "单位审核流程至少需要为一个环节指定审核人（不指定则沿用上级或默认流程）" }]);
      }
      await assertReviewers(stages);
      const at = clock.now().toISOString();
      const chain: ReviewChain = { kind, scope, stages, updatedAt: at, updatedBy: actor.personId };
      await commitDirectory(store, { id: actor.personId, name: actor.name }, "review_chain_set", { kind, scope, stages }, at, { chain });
      return chain;
    },

    async removeOverride(actor: Actor, rawKind: string, unitId: string): Promise<void> {
      requireRole(actor, "admin");
      const kind = kindOf(rawKind);
      if (unitId === DEFAULT_CHAIN_SCOPE) throw validationError([{ field: "scope", code: "DEFAULT_REQUIRED", message: "默认审核流程不能删除" }]);
      const chains = await store.listChains(kind);
      if (!chains.some((c) => c.scope === unitId)) throw notFound("CHAIN_NOT_FOUND", "该单位没有单独设置的审核流程");
      await commitDirectory(store, { id: actor.personId, name: actor.name }, "review_chain_removed", { kind, scope: unitId }, clock.now().toISOString(), {
        deleteChain: { kind, scope: unitId },
      });
    },

    /** The chain in force now for an item of `kind` owned by `unitId`. */
    async resolve(kind: ReviewItemKind, unitId: string): Promise<ResolvedChain> {
      const [chains, unit] = await Promise.all([store.listChains(kind), store.getUnit(unitId)]);
      return resolveChain(chains, ancestryOf(unit?.path, unitId), clock.now().toISOString());
    },
  };
}

export type ChainService = ReturnType<typeof chainService>;
