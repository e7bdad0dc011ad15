import { requireRole } from "../directory/access.js";
import type { Actor } from "../directory/people.js";
import { appendToChain, GENESIS_HASH, verifyAuditChain } from "../shared/audit-chain.js";
import { fail } from "../shared/errors.js";
import { StoreConflict } from "../shared/ports.js";
import { parseOrThrow } from "../shared/validation.js";
import { INDICATOR_FIELD_LABELS, indicatorConfigSchema } from "./indicator-input.js";
import { DEFAULT_INDICATORS, type IndicatorConfig } from "./indicators.js";
import type { InspectionDeps } from "./inspection-deps.js";

/** The configuration's own audit chain. */
export const INDICATORS_ENTITY = "inspection-indicators";

/**
 * The inspection indicators as configuration: the built-in default until the registry office saves
 * its own; every save is a new version on its own hash-chained record (what changed, by whom).
 */
export function indicatorService(deps: Pick<InspectionDeps, "inspection" | "audit" | "tx" | "clock">) {
  const { inspection, audit, tx, clock } = deps;

  async function current(): Promise<IndicatorConfig> {
    const stored = await inspection.getIndicators();
    if (!stored) return DEFAULT_INDICATORS;
    const { auditSeq: _s, auditHead: _h, ...config } = stored;
    return config;
  }

  return {
    current,

    async view(actor: Actor) {
      requireRole(actor, "admin");
      return { indicators: await current(), defaults: DEFAULT_INDICATORS };
    },

    async update(actor: Actor, body: unknown): Promise<IndicatorConfig> {
      requireRole(actor, "admin");
      const input = parseOrThrow(indicatorConfigSchema, body, INDICATOR_FIELD_LABELS);
      const stored = await inspection.getIndicators();
      const head = stored ?? { ...DEFAULT_INDICATORS, auditSeq: 0, auditHead: GENESIS_HASH };
      const at = clock.now().toISOString();
      const before = { vetoes: head.vetoes, deductions: head.deductions, grades: head.grades };
      const { entity, audit: record } = appendToChain({ ...head, ...input, updatedAt: at, updatedBy: actor.name }, INDICATORS_ENTITY, { id: actor.personId, name: actor.name }, "indicators_updated", { before, after: input }, at);
      const saved = { ...entity, version: entity.auditSeq };
      try {
        await tx.commit([inspection.writeIndicators(saved, head.auditSeq), audit.appendAudit(record)]);
      } catch (error) {
        if (error instanceof StoreConflict) throw fail("CONCURRENT_UPDATE", "检查指标刚被他人修改，请刷新后重试");
        throw error;
      }
      const { auditSeq: _s, auditHead: _h, ...config } = saved;
      return config;
    },

    async history(actor: Actor) {
      requireRole(actor, "admin");
      const [records, stored] = await Promise.all([audit.listAudit(INDICATORS_ENTITY), inspection.getIndicators()]);
      return { records, verdict: verifyAuditChain(records, stored?.auditHead ?? GENESIS_HASH) };
    },
  };
}

export type IndicatorService = ReturnType<typeof indicatorService>;
