import { requireRole } from "../directory/access.js";
import type { Actor } from "../directory/people.js";
import { PLATFORMS } from "../shared/platforms.js";
import { fail } from "../shared/errors.js";
import { formatShanghai, shanghaiDate } from "../shared/time.js";
import type { AnnualReport } from "./annual-report.js";
import { CAMPAIGN_STATUS_LABELS, type Campaign } from "./campaign.js";
import type { CampaignService } from "./campaign-service.js";
import type { InspectionDeps } from "./inspection-deps.js";
import { emptyCounts, PROGRESS_COUNTERS, type ProgressCounts, type UnitProgress } from "./progress.js";
import { reportRows, type ReportRow } from "./report-service.js";

/** The columns of the results table (XLSX), in order. */
export const RESULT_COLUMNS = ["序号", "主办单位", "账号名称", "平台", "备案编号", "报告状态", "检查得分", "检查结果", "处理结果", "停用原因", "截止日期", "整改期至", "提交时间"] as const;
export type ResultRow = Record<(typeof RESULT_COLUMNS)[number], string | number>;

const sum = (units: UnitProgress[]): ProgressCounts => {
  const totals = emptyCounts();
  for (const unit of units) for (const counter of PROGRESS_COUNTERS) totals[counter] += unit.counts[counter] ?? 0;
  return totals;
};

/**
 * The registry office's 年度检查 pages: campaigns, progress by unit (read from the units' counters:
 * one partition per campaign, whatever the number of accounts), a unit's per-account results, and
 * every result as table rows for the export.
 */
export function resultsView(deps: Pick<InspectionDeps, "inspection" | "accounts" | "directory" | "clock">, campaigns: CampaignService) {
  const { inspection, accounts, directory, clock } = deps;

  const overdueNow = (unit: UnitProgress, today: string) => (today > unit.deadline && unit.settledFor !== unit.deadline ? unit.counts.unsubmitted : 0);

  async function unitReports(year: number, unitId: string): Promise<AnnualReport[]> {
    const reports: AnnualReport[] = [];
    let after: string | undefined;
    do {
      const page = await inspection.listUnitReports(year, unitId, 500, after);
      reports.push(...page.reports);
      after = page.last;
    } while (after);
    return reports;
  }

  const summary = (campaign: Campaign, units: UnitProgress[]) => ({ ...campaign, statusLabel: CAMPAIGN_STATUS_LABELS[campaign.status], totals: sum(units) });

  return {
    async campaigns(actor: Actor) {
      requireRole(actor, "admin");
      const list = await inspection.listCampaigns();
      return { items: await Promise.all(list.map(async (c) => summary(c, await inspection.listUnitProgress(c.year)))) };
    },

    async progress(actor: Actor, year: number) {
      requireRole(actor, "admin");
      const campaign = await campaigns.requireCampaign(year);
      const [units, allUnits] = await Promise.all([inspection.listUnitProgress(year), directory.listUnits()]);
      const names = new Map(allUnits.map((u) => [u.unitId, u]));
      const today = shanghaiDate(clock.now());
      return {
        campaign: summary(campaign, units),
        units: units
          .map((u) => ({ ...u, unitName: names.get(u.unitId)?.name ?? u.unitId, unitCode: names.get(u.unitId)?.code, overdueNow: overdueNow(u, today) }))
          .sort((a, b) => (names.get(a.unitId)?.path ?? "").localeCompare(names.get(b.unitId)?.path ?? "")),
      };
    },

    async unitResults(actor: Actor, year: number, unitId: string): Promise<{ unitName: string; deadline: string; items: ReportRow[] }> {
      requireRole(actor, "admin");
      await campaigns.requireCampaign(year);
      const unit = await inspection.getUnitProgress(year, unitId);
      if (!unit) throw fail("UNIT_NOT_IN_CAMPAIGN");
      const reports = await unitReports(year, unitId);
      const [found, info] = await Promise.all([accounts.getAccounts(reports.map((r) => r.accountId)), directory.getUnit(unitId)]);
      return { unitName: info?.name ?? unitId, deadline: unit.deadline, items: reportRows(reports, found, new Map([[unitId, unit]]), shanghaiDate(clock.now())) };
    },

    /** Every report of the campaign, unit by unit, as the export's rows. */
    async exportRows(actor: Actor, year: number): Promise<ResultRow[]> {
      requireRole(actor, "admin");
      await campaigns.requireCampaign(year);
      const [units, allUnits] = await Promise.all([inspection.listUnitProgress(year), directory.listUnits()]);
      const names = new Map(allUnits.map((u) => [u.unitId, u]));
      units.sort((a, b) => (names.get(a.unitId)?.path ?? "").localeCompare(names.get(b.unitId)?.path ?? ""));
      const rows: ResultRow[] = [];
      for (const unit of units) {
        const reports = await unitReports(year, unit.unitId);
        const found = await accounts.getAccounts(reports.map((r) => r.accountId));
        for (const row of reportRows(reports, found, new Map([[unit.unitId, unit]]), shanghaiDate(clock.now()))) {
          rows.push({
            序号: rows.length + 1,
            主办单位: names.get(unit.unitId)?.name ?? unit.unitId,
            账号名称: row.accountName,
            平台: PLATFORMS[row.platform as keyof typeof PLATFORMS]?.label ?? row.platform,
            备案编号: row.filingNumber,
            报告状态: row.statusLabel,
            检查得分: row.score ?? "",
            检查结果: row.resultLabel ?? "",
            处理结果: row.outcomeLabel,
            停用原因: row.suspendReason ?? "",
            截止日期: unit.deadline,
            整改期至: row.graceUntil ?? "",
            提交时间: row.submittedAt ? formatShanghai(row.submittedAt) : "",
          });
        }
      }
      return rows;
    },
  };
}

export type ResultsView = ReturnType<typeof resultsView>;
