import { operatorUnitIds, seesUnit } from "../directory/access.js";
import { hasRole, type Actor } from "../directory/people.js";
import { reviewStartEvent } from "../review/review-events.js";
import type { Account } from "../register/account.js";
import { appendToChain, verifyAuditChain } from "../shared/audit-chain.js";
import { fail, fieldError } from "../shared/errors.js";
import { StoreConflict } from "../shared/ports.js";
import { shanghaiDate } from "../shared/time.js";
import { parseOrThrow } from "../shared/validation.js";
import { REPORT_OUTCOME_LABELS, REPORT_STATUS_LABELS, SUSPEND_REASON_LABELS, type AnnualReport } from "./annual-report.js";
import type { FiguresReader } from "./figures-reader.js";
import type { IndicatorService } from "./indicator-service.js";
import { INSPECTION_RESULT_LABELS } from "./indicators.js";
import type { InspectionDeps } from "./inspection-deps.js";
import { progressDelta, type UnitProgress } from "./progress.js";
import { REPORT_FIELD_LABELS, reportAnswersSchema, reportDraftSchema } from "./report-input.js";
import { ANNUAL_REPORT_KIND } from "./report-kind.js";
import { editability } from "./report-rules.js";
import { reviewStateOf } from "./report-state.js";

/** A report as lists show it: the account from the register, the state in words. */
export interface ReportRow {
  reportId: string;
  year: number;
  accountId: string;
  accountName: string;
  platform: string;
  filingNumber: string;
  unitId: string;
  status: AnnualReport["status"];
  statusLabel: string;
  outcome: AnnualReport["outcome"];
  outcomeLabel: string;
  result?: AnnualReport["result"];
  resultLabel?: string;
  score?: number;
  suspendReason?: string;
  graceUntil?: string;
  deadline?: string;
  submittedAt?: string;
  editable: boolean;
}

export function reportRows(reports: AnnualReport[], accounts: Account[], units: Map<string, UnitProgress>, today: string): ReportRow[] {
  const byId = new Map(accounts.map((a) => [a.accountId, a]));
  return reports.map((r) => {
    const account = byId.get(r.accountId);
    const deadline = units.get(r.unitId)?.deadline;
    return {
      reportId: r.reportId,
      year: r.year,
      accountId: r.accountId,
      accountName: account?.accountName ?? r.accountName ?? r.accountId,
      platform: r.platform,
      filingNumber: account?.filingNumber ?? r.filingNumber ?? "",
      unitId: r.unitId,
      status: r.status,
      statusLabel: REPORT_STATUS_LABELS[r.status],
      outcome: r.outcome,
      outcomeLabel: REPORT_OUTCOME_LABELS[r.outcome],
      ...(r.result ? { result: r.result, resultLabel: INSPECTION_RESULT_LABELS[r.result], score: r.score } : {}),
      ...(r.suspendReason ? { suspendReason: SUSPEND_REASON_LABELS[r.suspendReason] } : {}),
      ...(r.graceUntil ? { graceUntil: r.graceUntil } : {}),
      ...(deadline ? { deadline } : {}),
      ...(r.submittedAt ? { submittedAt: r.submittedAt } : {}),
      editable: units.has(r.unitId) && editability(r, deadline, today).editable,
    };
  });
}

/**
 * The unit's side: its reports to fill in (listed once its unit was told), the figures shown beside
 * the form, drafts saved, and submission, which freezes the figures and the indicators into the
 * report and starts its review in one transaction.
 */
export function reportService(deps: Pick<InspectionDeps, "inspection" | "accounts" | "directory" | "audit" | "reviews" | "tx" | "effects" | "clock">, figuresOf: FiguresReader, indicators: IndicatorService) {
  const { inspection, accounts, directory, audit, reviews, tx, effects, clock } = deps;

  /** A report the actor may see, with its unit's progress (absent while the campaign is still opening: operators see nothing yet). */
  async function visible(actor: Actor, reportId: string): Promise<{ report: AnnualReport; unit?: UnitProgress }> {
    const report = await inspection.getReport(reportId);
    if (!report || !(await seesUnit(directory, actor, report.unitId))) throw fail("REPORT_NOT_FOUND");
    const unit = await inspection.getUnitProgress(report.year, report.unitId);
    if (!unit && !hasRole(actor, "admin")) throw fail("REPORT_NOT_FOUND");
    return { report, unit };
  }

  async function editable(actor: Actor, reportId: string) {
    if (!hasRole(actor, "operator")) throw fail("ROLE_REQUIRED", "仅主办单位信息员可以填报年度报告");
    const { report, unit } = await visible(actor, reportId);
    // An admin who is also an operator fills in only their own units' reports.
    if (!(await operatorUnitIds(directory, actor)).includes(report.unitId)) throw fail("REPORT_NOT_FOUND");
    const rule = editability(report, unit?.deadline, shanghaiDate(clock.now()));
    if (!unit || !rule.editable) throw fail("REPORT_NOT_EDITABLE", rule.reason ? `${rule.reason}，不能修改或提交` : undefined);
    return { report, unit, phase: rule.phase };
  }

  async function commit(before: AnnualReport, after: AnnualReport, extra: Parameters<typeof tx.commit>[0] = []) {
    try {
      await tx.commit([inspection.writeReport(after, { auditSeq: before.auditSeq, status: before.status }, progressDelta(before, after)), ...extra]);
    } catch (error) {
      if (error instanceof StoreConflict) throw fail("CONCURRENT_UPDATE", "该年度报告刚被其他操作修改，请刷新后重试");
      throw error;
    }
  }

  return {
    /** The reports the actor may fill in or follow for a year (operators: their units'; admins: one unit's). */
    async list(actor: Actor, query: Record<string, string | undefined>) {
      const campaigns = (await inspection.listCampaigns()).filter((c) => c.status === "open");
      const year = query.year ? Number(query.year) : campaigns[0]?.year;
      if (query.year && !campaigns.some((c) => c.year === year)) throw fail("CAMPAIGN_NOT_FOUND");
      const years = campaigns.map((c) => c.year);
      if (year === undefined) return { year: null, years, units: [], items: [] };
      let unitIds: string[];
      if (hasRole(actor, "admin")) {
        if (!query.unitId) throw fieldError("unitId", "REQUIRED", "请选择单位");
        unitIds = [query.unitId];
      } else if (hasRole(actor, "operator")) {
        unitIds = await operatorUnitIds(directory, actor);
        if (query.unitId) {
          if (!unitIds.includes(query.unitId)) throw fail("UNIT_OUT_OF_SCOPE");
          unitIds = [query.unitId];
        }
      } else throw fail("ROLE_REQUIRED", "仅主办单位信息员和归口管理部门可以查看年度报告");
      const progress = (await Promise.all(unitIds.map((id) => inspection.getUnitProgress(year, id)))).filter((u): u is UnitProgress => u !== undefined);
      const reports: AnnualReport[] = [];
      for (const unit of progress) {
        let after: string | undefined;
        do {
          const page = await inspection.listUnitReports(year, unit.unitId, 500, after);
          reports.push(...page.reports);
          after = page.last;
        } while (after);
      }
      const [found, units] = await Promise.all([accounts.getAccounts(reports.map((r) => r.accountId)), directory.getUnits(progress.map((u) => u.unitId))]);
      const names = new Map(units.map((u) => [u.unitId, u.name]));
      const today = shanghaiDate(clock.now());
      return {
        year,
        years,
        units: progress.map((u) => ({ unitId: u.unitId, unitName: names.get(u.unitId) ?? u.unitId, deadline: u.deadline, counts: u.counts })),
        items: reportRows(reports, found, new Map(progress.map((u) => [u.unitId, u])), today),
      };
    },

    /** One report: the figures (live until submitted, then as frozen), the answers, the indicators, its review so far. */
    async get(actor: Actor, reportId: string) {
      const { report, unit } = await visible(actor, reportId);
      const account = await accounts.getAccount(report.accountId);
      const rule = editability(report, unit?.deadline, shanghaiDate(clock.now()));
      const live = rule.editable && account !== undefined;
      const [figures, config, history, tasks, unitInfo] = await Promise.all([
        live ? figuresOf(report.year, account!) : Promise.resolve(report.figures),
        live ? indicators.current() : Promise.resolve(report.indicators ?? indicators.current()),
        audit.listAudit(report.reportId),
        reviews.listTasks(report.reportId),
        directory.getUnit(report.unitId),
      ]);
      return {
        report,
        row: reportRows([report], account ? [account] : [], new Map(unit ? [[unit.unitId, unit]] : []), shanghaiDate(clock.now()))[0],
        unitName: unitInfo?.name ?? report.unitId,
        figures,
        figuresLive: live,
        indicators: config,
        editable: Boolean(unit) && rule.editable && hasRole(actor, "operator"),
        phase: rule.phase,
        notEditableReason: rule.reason,
        history,
        chain: verifyAuditChain(history, report.auditHead),
        tasks: tasks.map((t) => ({ round: t.round, stage: t.stage, status: t.status, reviewerName: t.reviewerName, decision: t.decision, comment: t.comment, decidedAt: t.decidedAt, onBehalfOfName: t.onBehalfOfName })),
      };
    },

    /** Saves what the unit typed so far (no review, nothing frozen). */
    async save(actor: Actor, reportId: string, body: unknown) {
      const { report } = await editable(actor, reportId);
      const answers = parseOrThrow(reportDraftSchema, body, REPORT_FIELD_LABELS);
      const next: AnnualReport = { ...report, answers: answers as AnnualReport["answers"], updatedAt: clock.now().toISOString() };
      await commit(report, next);
      return next;
    },

    /** 提交: complete answers, the figures and indicators frozen, the review started (one transaction). */
    async submit(actor: Actor, reportId: string, body: unknown) {
      const { report, phase } = await editable(actor, reportId);
      const answers = parseOrThrow(reportAnswersSchema, body, REPORT_FIELD_LABELS);
      if (phase === "rectification" && !answers.rectificationReport) throw fieldError("rectificationReport", "REQUIRED", "账号已停用，须填写整改报告（问题、整改措施及成效）");
      const account = await accounts.getAccount(report.accountId);
      if (!account || account.status === "cancelled") throw fail("ACCOUNT_CANCELLED");
      const [figures, config] = await Promise.all([figuresOf(report.year, account), indicators.current()]);
      const at = clock.now().toISOString();
      const round = report.round + 1;
      const moved: AnnualReport = {
        ...report,
        answers,
        figures,
        indicators: config,
        accountName: account.accountName,
        filingNumber: account.filingNumber,
        round,
        status: "in_review",
        stage: "first",
        submittedBy: actor.personId,
        submittedAt: at,
        assessment: undefined,
        lastDecision: undefined,
        lastComment: undefined,
        restarts: undefined,
        updatedAt: at,
      };
      const { entity: next, audit: record } = appendToChain(moved, report.reportId, { id: actor.personId, name: actor.name }, "annual_report_submitted", { round, phase, indicatorsVersion: config.version }, at);
      const start = reviewStartEvent(effects, ANNUAL_REPORT_KIND, reviewStateOf(next));
      await commit(report, next, [audit.appendAudit(record), effects.record(start)]);
      await effects.run([start]);
      return next;
    },
  };
}

export type ReportService = ReturnType<typeof reportService>;
