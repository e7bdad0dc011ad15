import { PROGRESS_COUNTERS, type AnnualReport, type Campaign, type IndicatorConfig, type InspectionStore, type OpeningSegment, type ProgressCounts, type ReportStatus, type UnitProgress } from "@beian/core";
import type { BeianService } from "./beian-service.js";
import { isConditionFailure, stripUndefined, txWrite } from "./tx-write.js";

type UnitItem = Omit<UnitProgress, "counts"> & ProgressCounts;

const toItem = ({ counts, ...unit }: UnitProgress): UnitItem => ({ ...unit, ...counts });

function toProgress(item: Record<string, unknown>): UnitProgress {
  const counts = Object.fromEntries(PROGRESS_COUNTERS.map((c) => [c, Number(item[c] ?? 0)])) as ProgressCounts;
  const rest = Object.fromEntries(Object.entries(item).filter(([key]) => !(PROGRESS_COUNTERS as readonly string[]).includes(key)));
  return { ...(stripUndefined(rest) as Omit<UnitProgress, "counts">), counts };
}

/** Reports per BatchWrite request (DynamoDB's limit), and requests one page keeps in flight. */
const BATCH_SIZE = 25;
export const BATCH_CONCURRENCY = 4;

/** Campaigns, opening cursors, unit progress with counters, annual reports and the indicators, on the single table. */
export class DynamoInspectionStore implements InspectionStore {
  constructor(private readonly db: BeianService) {}

  private get e() {
    return this.db.entities;
  }

  async getCampaign(year: number) {
    const { data } = await this.e.inspectionCampaign.get({ year }).go({ consistent: true });
    return data ? (stripUndefined(data) as Campaign) : undefined;
  }

  async listCampaigns() {
    const { data } = await this.e.inspectionCampaign.query.all({}).go({ order: "desc", pages: "all" });
    return (data as Campaign[]).map((c) => stripUndefined(c));
  }

  writeCampaign(campaign: Campaign, expectedSeq?: number) {
    const item = stripUndefined(campaign);
    return txWrite("campaign", (tx) => [
      expectedSeq === undefined ? tx.inspectionCampaign.create(item).commit() : tx.inspectionCampaign.put(item).where((a, op) => op.eq(a.auditSeq, expectedSeq)).commit(),
    ]);
  }

  async getSegment(year: number, segment: string) {
    const { data } = await this.e.inspectionSegment.get({ year, segment }).go({ consistent: true });
    return data ? (stripUndefined(data) as OpeningSegment) : undefined;
  }

  async advanceSegment(next: OpeningSegment, expectedCursor: string | undefined) {
    try {
      await this.e.inspectionSegment
        .put(stripUndefined(next))
        .where((a, op) => (expectedCursor === undefined ? op.notExists(a.cursor) : op.eq(a.cursor, expectedCursor)))
        .go();
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async putReports(reports: AnnualReport[]) {
    const batches: AnnualReport[][] = [];
    for (let i = 0; i < reports.length; i += BATCH_SIZE) batches.push(reports.slice(i, i + BATCH_SIZE).map((r) => stripUndefined(r)));
    // A sliding window of requests (ElectroDB's own `concurrent` waits for each group to finish).
    let next = 0;
    const worker = async () => {
      while (next < batches.length) await this.putBatch(batches[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(BATCH_CONCURRENCY, batches.length) }, worker));
  }

  /** One BatchWrite; what DynamoDB hands back unprocessed (under load) is written again. */
  private async putBatch(batch: AnnualReport[]) {
    let pending = batch;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 8) throw new Error(`${pending.length} reports left unprocessed after ${attempt} attempts`);
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
      const { unprocessed } = await this.e.annualReport.put(pending).go();
      const left = new Set(unprocessed.map((key) => `${(key as { accountId: string }).accountId}#${(key as { year: number }).year}`));
      pending = pending.filter((r) => left.has(`${r.accountId}#${r.year}`));
    }
  }

  async getReport(reportId: string) {
    const split = reportId.indexOf("-");
    const year = Number(reportId.slice(0, split));
    const accountId = reportId.slice(split + 1);
    if (split < 0 || !Number.isInteger(year) || !accountId) return undefined;
    const { data } = await this.e.annualReport.get({ accountId, year }).go({ consistent: true });
    return data ? (stripUndefined(data) as AnnualReport) : undefined;
  }

  writeReport(report: AnnualReport, expected: { auditSeq: number; status: ReportStatus }, delta: Partial<ProgressCounts>) {
    const item = stripUndefined(report);
    const changed = Object.entries(delta).filter(([, n]) => n !== 0);
    return txWrite("report", (tx) => [
      tx.annualReport
        .put(item)
        .where((a, op) => `${op.eq(a.auditSeq, expected.auditSeq)} AND ${op.eq(a.status, expected.status)}`)
        .commit(),
      ...(changed.length ? [tx.inspectionUnit.patch({ year: report.year, unitId: report.unitId }).add(Object.fromEntries(changed)).set({ updatedAt: report.updatedAt }).commit()] : []),
    ]);
  }

  async listUnitReports(year: number, unitId: string, limit: number, after?: string) {
    const query = this.e.annualReport.query.byUnit({ year, unitId });
    const { data } = await (after ? query.gt({ accountId: after }) : query).go({ limit });
    const reports = (data as AnnualReport[]).map((r) => stripUndefined(r));
    return { reports, last: reports.length === limit ? reports.at(-1)!.accountId : undefined };
  }

  async listGraceDue(day: string, limit: number, after?: string) {
    // The sort key is graceCheckOn#reportId: every key of `day` sorts before "<day>$" ("#" < "$").
    const query = this.e.annualReport.query.byGrace({});
    const [graceQueue, reportId] = after ? after.split("|") : [];
    const ranged = after ? query.gt({ graceQueue, reportId } as never) : query.lt({ graceQueue: `${day}$` } as never);
    const { data } = await ranged.go({ limit: limit + 1 });
    const due = (data as AnnualReport[]).filter((r) => (r.graceCheckOn ?? "") <= day).map((r) => stripUndefined(r));
    const reports = due.slice(0, limit);
    return { reports, last: due.length > limit ? `${reports.at(-1)!.graceCheckOn}|${reports.at(-1)!.reportId}` : undefined };
  }

  async getUnitProgress(year: number, unitId: string) {
    const { data } = await this.e.inspectionUnit.get({ year, unitId }).go({ consistent: true });
    return data ? toProgress(data) : undefined;
  }

  async listUnitProgress(year: number) {
    const { data } = await this.e.inspectionUnit.query.byUnit({ year }).go({ pages: "all" });
    return (data as Record<string, unknown>[]).map(toProgress);
  }

  createUnitProgress(progress: UnitProgress) {
    return txWrite("unit", (tx) => [tx.inspectionUnit.create(stripUndefined(toItem(progress))).commit()]);
  }

  writeUnitDeadline(progress: UnitProgress, expected: { deadline: string; dueOn: string }) {
    const { year, unitId, deadline, reminded, settledFor, dueOn, extendedAt, extendedBy, extendReason, updatedAt } = progress;
    const set = stripUndefined({ deadline, reminded, settledFor, dueOn, extendedAt, extendedBy, extendReason, updatedAt });
    return txWrite("unit", (tx) => [
      tx.inspectionUnit
        .patch({ year, unitId })
        .set(set)
        .where((a, op) => `${op.eq(a.deadline, expected.deadline)} AND ${op.eq(a.dueOn, expected.dueOn)}`)
        .commit(),
    ]);
  }

  async listUnitsDue(day: string, limit: number, after?: string) {
    const query = this.e.inspectionUnit.query.byDue({});
    const [dueOn, year, unitId] = after ? after.split("|") : [];
    const ranged = after ? query.gt({ dueOn, year: Number(year), unitId }) : query.lt({ dueOn: `${day}$` } as never);
    const { data } = await ranged.go({ limit: limit + 1 });
    const due = (data as Record<string, unknown>[]).map(toProgress).filter((u) => u.dueOn <= day);
    const units = due.slice(0, limit);
    const tail = units.at(-1);
    return { units, last: due.length > limit && tail ? `${tail.dueOn}|${tail.year}|${tail.unitId}` : undefined };
  }

  async getIndicators() {
    const { data } = await this.e.inspectionIndicators.get({ name: "current" }).go({ consistent: true });
    if (!data) return undefined;
    const { name: _n, ...config } = stripUndefined(data);
    return config as IndicatorConfig & { auditSeq: number; auditHead: string };
  }

  writeIndicators(config: IndicatorConfig & { auditSeq: number; auditHead: string }, expectedSeq: number) {
    const item = stripUndefined({ ...config, name: "current" });
    return txWrite("indicators", (tx) => [
      expectedSeq === 0 ? tx.inspectionIndicators.create(item).commit() : tx.inspectionIndicators.put(item).where((a, op) => op.eq(a.auditSeq, expectedSeq)).commit(),
    ]);
  }
}
