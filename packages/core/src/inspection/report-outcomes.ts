import type { OutcomeContext, OutcomeEffect, ReviewOutcome } from "../review/kind.js";
import { shanghaiDate } from "../shared/time.js";
import type { AnnualReport } from "./annual-report.js";
import { INSPECTION_RESULT_LABELS, isPassing, type ScoreSheet } from "./indicators.js";
import type { InspectionDeps } from "./inspection-deps.js";
import type { Sanction, Sanctions } from "./sanctions.js";

/**
 * What a report's review outcome does to its account:
 * - approved 合格 / 基本合格: inspected for the year (after a suspension the inspection made: restored);
 * - approved 不合格, or 不予通过: suspended (停用), the grace period starts;
 * - a rectification that fails leaves the account suspended within its grace period, and is
 *   cancelled at once when the period is over (the sweep waited for its review);
 * - returned, timed out or withdrawn after the deadline: suspended as overdue (the unit had until
 *   the deadline to get a report in; one still in review at the deadline was judged by its review).
 */
export function reportOutcomes(deps: Pick<InspectionDeps, "accounts" | "inspection" | "schedule">, sanctions: Sanctions) {
  const { accounts, inspection, schedule } = deps;

  return async function onOutcome(report: AnnualReport, outcome: ReviewOutcome, context: OutcomeContext): Promise<OutcomeEffect<AnnualReport>> {
    const [account, campaign, unit] = await Promise.all([accounts.getAccount(report.accountId), inspection.getCampaign(report.year), inspection.getUnitProgress(report.year, report.unitId)]);
    const today = shanghaiDate(new Date(context.at));
    const graceDays = campaign?.graceDays ?? schedule.graceDays;
    const rectifying = report.outcome === "suspended";
    const graceOver = rectifying && report.graceUntil !== undefined && today > report.graceUntil;
    const deadline = unit?.deadline ?? campaign?.deadline;
    const effect = (s: Sanction, more: Partial<AnnualReport> = {}): OutcomeEffect<AnnualReport> => ({
      patch: { ...more, ...s.patch },
      writes: s.writes,
      events: s.events,
      auditDetails: { inspectionOutcome: s.patch.outcome ?? report.outcome, ...(more.result ? { result: more.result, score: more.score } : {}) },
    });
    const fail = async (cause: "failed" | "rejected", more: Partial<AnnualReport> = {}) => {
      if (graceOver) return effect(await sanctions.cancel(report, account, context.at, context.actor), more);
      // A failed rectification leaves the account as it is: the grace period runs on.
      if (rectifying) return { patch: more, auditDetails: more.result ? { result: more.result, score: more.score } : {} };
      return effect(await sanctions.suspend(report, account, cause, { at: context.at, actor: context.actor, graceDays, comment: context.comment, mail: true }), more);
    };

    switch (outcome) {
      case "approved": {
        const sheet = (context.assessment as ScoreSheet | undefined) ?? report.assessment;
        if (!sheet) throw new Error(`report ${report.reportId} approved without a score sheet`);
        const scored = { result: sheet.result, score: sheet.score };
        if (!isPassing(sheet.result)) return fail("failed", scored);
        const passed = await sanctions.pass(report, account, sheet.result, sheet.score, context.at, context.actor);
        return { ...effect(passed, scored), auditDetails: { inspectionOutcome: passed.patch.outcome, result: sheet.result, resultLabel: INSPECTION_RESULT_LABELS[sheet.result], score: sheet.score } };
      }
      case "rejected":
        return fail("rejected");
      case "returned":
      case "timed_out":
      case "withdrawn":
        if (graceOver) return effect(await sanctions.cancel(report, account, context.at, context.actor));
        if (!rectifying && deadline !== undefined && today > deadline) {
          return effect(await sanctions.suspend(report, account, "overdue", { at: context.at, actor: context.actor, graceDays, comment: context.comment, mail: true }));
        }
        return {};
    }
  };
}
