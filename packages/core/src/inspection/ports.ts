import type { TxWrite } from "../shared/ports.js";
import type { AnnualReport, ReportStatus } from "./annual-report.js";
import type { Campaign, OpeningSegment } from "./campaign.js";
import type { IndicatorConfig } from "./indicators.js";
import type { ProgressCounts, UnitProgress } from "./progress.js";

/** What the inspection's state machine is started with. */
export interface InspectionExecutionInput {
  /** Absent when the yearly schedule starts it: the year is then the current one (Beijing). */
  year?: number;
  trigger: "admin" | "schedule";
}

/** The inspection's own orchestrator (Step Functions in AWS, the local engine locally). */
export interface InspectionWorkflow {
  /** Idempotent for the same name and input. */
  start(executionName: string, input: InspectionExecutionInput): Promise<void>;
}

export interface AnnualReportPage {
  reports: AnnualReport[];
  last?: string;
}

/** Campaigns, their opening cursors, unit progress, annual reports and the indicator configuration. */
export interface InspectionStore {
  getCampaign(year: number): Promise<Campaign | undefined>;
  listCampaigns(): Promise<Campaign[]>;
  /** Creates the campaign (no `expectedSeq`; fails with part "campaign" when one exists) or writes it conditioned on its chain position. */
  writeCampaign(campaign: Campaign, expectedSeq?: number): TxWrite;

  getSegment(year: number, segment: string): Promise<OpeningSegment | undefined>;
  /** Moves the cursor, conditioned on the cursor it was read at; false when another runner moved it first. */
  advanceSegment(next: OpeningSegment, expectedCursor: string | undefined): Promise<boolean>;
  /** Writes reports as they are (BatchWrite, unconditional): what an opening page does. */
  putReports(reports: AnnualReport[]): Promise<void>;

  getReport(reportId: string): Promise<AnnualReport | undefined>;
  /**
   * Writes the report conditioned on the state it was read in (part "report") together with the
   * change of its unit's counters (which must exist: a unit not yet told has nothing to change).
   */
  writeReport(report: AnnualReport, expected: { auditSeq: number; status: ReportStatus }, delta: Partial<ProgressCounts>): TxWrite;
  listUnitReports(year: number, unitId: string, limit: number, after?: string): Promise<AnnualReportPage>;
  /** Suspended reports whose grace period is to be looked at on or before `day`. */
  listGraceDue(day: string, limit: number, after?: string): Promise<AnnualReportPage>;

  getUnitProgress(year: number, unitId: string): Promise<UnitProgress | undefined>;
  listUnitProgress(year: number): Promise<UnitProgress[]>;
  /** Creates the unit's progress (fails with part "unit" when it exists): the unit is told once. */
  createUnitProgress(progress: UnitProgress): TxWrite;
  /** Writes the deadline state and due day, conditioned on the deadline state read (part "unit"); counters untouched. */
  writeUnitDeadline(progress: UnitProgress, expected: { deadline: string; dueOn: string }): TxWrite;
  /** Units due on or before `day`, across campaigns. */
  listUnitsDue(day: string, limit: number, after?: string): Promise<{ units: UnitProgress[]; last?: string }>;

  getIndicators(): Promise<(IndicatorConfig & { auditSeq: number; auditHead: string }) | undefined>;
  /** Writes the configuration conditioned on its chain position (part "indicators"). */
  writeIndicators(config: IndicatorConfig & { auditSeq: number; auditHead: string }, expectedSeq: number): TxWrite;
}
