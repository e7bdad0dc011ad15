import type { AnnualReport } from "../../inspection/annual-report.js";
import { INSPECTION_RESULT_LABELS } from "../../inspection/indicators.js";
import { ACCOUNT_YEAR_SET, ACCOUNT_YEAR_SPEC } from "../annual-table.js";
import type { FigureCount } from "../figures.js";
import { NOW } from "../figures.js";
import type { FigureSource } from "../figure-source.js";

/** Annual-inspection figure sets, from the annual report items (one per account and campaign year). */
export const INSPECTION_SETS = {
  /**
   * [unit, platform, fact] → reports of the campaign year (the report's `year`, not the month it was
   * written: a 2026 report decided in January 2027 is still the 2026 inspection). One count per
   * fact that holds for the report now: `reports`, `status:<status>`, `outcome:<outcome>`,
   * `result:<result>`, `submitted` (a round was ever submitted) and `overdue` (suspended for not
   * reporting in time) — the same definitions as the campaign's progress counters (progress.ts).
   */
  inspection: { platform: true, period: "year" },
  /**
   * [unit, platform, toSubmit | suspended] → what is open now, across campaign years: reports the
   * unit still has to submit and accounts suspended by an inspection. Finished reports leave it, so
   * the 工作台 reads a handful of cells whatever the number of campaigns.
   */
  inspectionNow: { platform: true, period: "now" },
  /**
   * [unit, year, rank, due, accountId, status] → the reports to submit themselves, most urgent first
   * in key order: older campaigns first, then rectifications (rank 1) by the end of their grace
   * period, then annual reports (rank 2). The 工作台's list reads the first few with a limit.
   */
  inspectionDue: { platform: false, period: "now" },
} as const;

/** The inspection facts of a report, as keys of the `inspection` set. */
export const fact = {
  reports: "reports",
  submitted: "submitted",
  overdue: "overdue",
  status: (s: AnnualReport["status"]) => `status:${s}`,
  outcome: (o: AnnualReport["outcome"]) => `outcome:${o}`,
  result: (r: NonNullable<AnnualReport["result"]>) => `result:${r}`,
};

/** The 年度统计表's field for the account's result in a year ("inspection:合格"). */
export const ANNUAL_RESULT_PREFIX = "inspection:";

type Counted = Pick<AnnualReport, "year" | "accountId" | "unitId" | "platform" | "status" | "outcome" | "round" | "result" | "suspendReason" | "graceUntil">;

/**
 * Whether the unit still has to submit something, as editability (report-rules.ts) decides it
 * without the dates: an open annual report not in review and not decided, or a suspended account's
 * rectification not in review (a report approved 不合格 or 不予通过 is suspended with that status).
 * A deadline or grace period that passed is the sweep's to act on (it suspends or cancels the next
 * morning), which moves the report here too.
 */
export const toSubmit = (r: Pick<AnnualReport, "status" | "outcome">) =>
  (r.outcome === "open" && (r.status === "pending" || r.status === "returned")) || (r.outcome === "suspended" && r.status !== "in_review");

/** An annual report counts in its campaign year by what it is now, in the open sets while something is open, and in its account's year once it has a result. */
export const annualReportFigures: FigureSource<Counted> = {
  entity: "annualReport",
  sets: { ...INSPECTION_SETS, [ACCOUNT_YEAR_SET]: ACCOUNT_YEAR_SPEC },
  count(r) {
    const year = String(r.year);
    const at = (f: string): FigureCount => ({ set: "inspection", period: year, key: [r.unitId, r.platform, f], n: 1 });
    const now = (f: string): FigureCount => ({ set: "inspectionNow", period: NOW, key: [r.unitId, r.platform, f], n: 1 });
    const out: FigureCount[] = [at(fact.reports), at(fact.status(r.status)), at(fact.outcome(r.outcome))];
    if (r.round >= 1) out.push(at(fact.submitted));
    if (r.suspendReason === "overdue") out.push(at(fact.overdue));
    if (r.result) {
      out.push(at(fact.result(r.result)));
      out.push({ set: ACCOUNT_YEAR_SET, period: year, key: [r.unitId, r.accountId, `${ANNUAL_RESULT_PREFIX}${INSPECTION_RESULT_LABELS[r.result]}`], n: 1 });
    }
    if (r.outcome === "suspended") out.push(now("suspended"));
    if (toSubmit(r)) {
      const rectification = r.outcome === "suspended";
      out.push(now("toSubmit"));
      out.push({ set: "inspectionDue", period: NOW, key: [r.unitId, year, rectification ? "1" : "2", rectification ? (r.graceUntil ?? "-") : "-", r.accountId, r.status], n: 1 });
    }
    return out;
  },
};
