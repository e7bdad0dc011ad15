import { requireRole } from "../directory/access.js";
import { commitDirectory } from "../directory/directory-audit.js";
import { hasRole, type Actor } from "../directory/people.js";
import { ancestryOf } from "../directory/units.js";
import { fail, fieldError, validationError, type FieldError } from "../shared/errors.js";
import { parseOrThrow } from "../shared/validation.js";
import { chainResolution } from "./chain-resolution.js";
import { DEFAULT_CHAIN_SCOPE, resolveChain, type ChainStages, type ReviewChain } from "./chains.js";
import type { ReviewDeps } from "./review-deps.js";
import { CHAIN_FIELD_LABELS, chainInputSchema } from "./review-input.js";
import { chainOverlaps } from "./review-rules.js";
import { STAGE_LABELS, STAGES } from "./stages.js";

/**
 * Review chains: who decides each stage, by kind of item. A default chain plus per-unit overrides;
 * per stage the nearest override up the unit tree wins. A review round snapshots the chain when it
 * starts, so editing a chain changes new rounds only.
 */
export function chainService(deps: Pick<ReviewDeps, "chains" | "directory" | "tx" | "clock" | "kinds">) {
  const { chains, directory, clock, kinds } = deps;

  function kindOf(raw: string): string {
    if (!kinds.get(raw)) throw fail("CHAIN_KIND_NOT_FOUND");
    return raw;
  }

  /** Every named reviewer must exist, be active, hold the reviewer role, and sit at one stage only. */
  async function assertReviewers(stages: ChainStages) {
    const fields: FieldError[] = [];
    for (const stage of STAGES) {
      const ids = stages[stage] ?? [];
      if (new Set(ids).size !== ids.length) fields.push({ field: `stages.${stage}`, code: "DUPLICATE", message: "同一环节不能重复添加同一审核人" });
      const people = await directory.getPeople(ids);
      const bad = ids.filter((id) => !people.some((p) => p.personId === id && hasRole(p, "reviewer")));
      if (bad.length) fields.push({ field: `stages.${stage}`, code: "NOT_A_REVIEWER", message: "审核人须为在用的审核人员" });
    }
    const overlaps = chainOverlaps(stages);
    if (overlaps.length) {
      const names = new Map((await directory.getPeople(overlaps.map((o) => o.personId))).map((p) => [p.personId, p.name]));
      for (const { personId, stages: at } of overlaps) {
        fields.push({
          field: `stages.${at[1]}`,
          code: "SAME_PERSON_TWO_STAGES",
          message: `${names.get(personId) ?? "同一人"}不能同时担任${at.map((s) => STAGE_LABELS[s]).join("和")}审核人：同一人只能审核同一事项的一个环节`,
        });
      }
    }
    if (fields.length) throw validationError(fields);
  }

  /** What an override resolves to with the chains above it, which must not overlap either. */
  async function assertResolvedChain(kind: string, scope: string, candidate: ReviewChain) {
    if (scope === DEFAULT_CHAIN_SCOPE) return;
    const unit = await directory.getUnit(scope);
    const others = (await chains.listChains(kind)).filter((c) => c.scope !== scope);
    const resolved = resolveChain([...others, candidate], ancestryOf(unit?.path, scope), clock.now().toISOString());
    const overlaps = chainOverlaps(resolved.stages);
    if (overlaps.length) {
      const stage = overlaps[0].stages.find((s) => candidate.stages[s]?.includes(overlaps[0].personId)) ?? overlaps[0].stages[1];
      throw fieldError(`stages.${stage}`, "SAME_PERSON_TWO_STAGES", "与上级或默认审核流程合并后，同一人将担任两个环节的审核人：同一人只能审核同一事项的一个环节");
    }
  }

  return {
    kinds: () => kinds.list().map((k) => ({ id: k.kind, label: k.label })),

    async list(actor: Actor, rawKind: string) {
      requireRole(actor, "admin");
      const kind = kindOf(rawKind);
      const all = await chains.listChains(kind);
      const base = all.find((c) => c.scope === DEFAULT_CHAIN_SCOPE);
      return {
        kind,
        default: base ?? { kind, scope: DEFAULT_CHAIN_SCOPE, stages: {}, updatedAt: "", updatedBy: "" },
        overrides: all.filter((c) => c.scope !== DEFAULT_CHAIN_SCOPE),
      };
    },

    /** Sets the default chain (`scope` "default") or a unit's override (`scope` a unit id). */
    async set(actor: Actor, rawKind: string, scope: string, body: unknown): Promise<ReviewChain> {
      requireRole(actor, "admin");
      const kind = kindOf(rawKind);
      if (scope !== DEFAULT_CHAIN_SCOPE && !(await directory.getUnit(scope))) throw fail("UNIT_NOT_FOUND");
      const input = parseOrThrow(chainInputSchema, body, CHAIN_FIELD_LABELS);
      const stages: ChainStages = Object.fromEntries(STAGES.filter((s) => input.stages[s]?.length).map((s) => [s, input.stages[s]!]));
      if (scope === DEFAULT_CHAIN_SCOPE) {
        const missing = STAGES.filter((s) => !stages[s]);
        if (missing.length) throw validationError(missing.map((s) => ({ field: `stages.${s}`, code: "REQUIRED", message: "默认审核流程的每个环节至少需要一名审核人" })));
      } else if (Object.keys(stages).length === 0) {
        throw fieldError("stages", "REQUIRED", "单位审核流程至少需要为一个环节指定审核人（不指定则沿用上级或默认流程）");
      }
      await assertReviewers(stages);
      const at = clock.now().toISOString();
      const chain: ReviewChain = { kind, scope, stages, updatedAt: at, updatedBy: actor.personId };
      await assertResolvedChain(kind, scope, chain);
      await commitDirectory(deps, { id: actor.personId, name: actor.name }, "review_chain_set", { kind, scope, stages }, at, [chains.putChain(chain)]);
      return chain;
    },

    async removeOverride(actor: Actor, rawKind: string, unitId: string): Promise<void> {
      requireRole(actor, "admin");
      const kind = kindOf(rawKind);
      if (unitId === DEFAULT_CHAIN_SCOPE) throw fieldError("scope", "DEFAULT_REQUIRED", "默认审核流程不能删除");
      if (!(await chains.listChains(kind)).some((c) => c.scope === unitId)) throw fail("CHAIN_NOT_FOUND");
      await commitDirectory(deps, { id: actor.personId, name: actor.name }, "review_chain_removed", { kind, scope: unitId }, clock.now().toISOString(), [chains.deleteChain(kind, unitId)]);
    },

    resolve: chainResolution(deps),
  };
}

export type ChainService = ReturnType<typeof chainService>;
