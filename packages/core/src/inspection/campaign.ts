/**
 * One annual inspection (年度检查) per year. `opening` while its reports are written and units told;
 * `open` once every unit has been mailed. The campaign keeps its own audit chain (started, opened,
 * failed, deadlines extended), entity id `inspection-<year>`.
 */
export type CampaignStatus = "opening" | "open";

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = { opening: "开启中", open: "进行中" };

export interface Campaign {
  year: number;
  status: CampaignStatus;
  /** Default deadline of every unit (YYYY-MM-DD, Beijing, inclusive); a unit's own may be later. */
  deadline: string;
  /** Days a suspended account has to get a rectification report approved before it is cancelled. */
  graceDays: number;
  startedAt: string;
  startedBy: string;
  startedByName: string;
  /** "admin" (发起年度检查), "schedule" (the yearly trigger). */
  trigger: "admin" | "schedule";
  /** The execution that owns the opening; a resume after a failure hands it to a new one. */
  executionName: string;
  restarts?: number;
  /** Set when the opening failed for good: an admin resumes it. */
  failure?: { error: string; cause?: string; at: string };
  openedAt?: string;
  reportCount?: number;
  unitCount?: number;
  auditSeq: number;
  auditHead: string;
  updatedAt: string;
}

/** The campaign's chain id. */
export const campaignEntityId = (year: number) => `inspection-${year}`;

/** The execution that opens the campaign: deterministic, so a second start starts nothing new. */
export const campaignExecutionName = (year: number, restarts = 0) => `inspection-${year}${restarts ? `-x${restarts}` : ""}`;

/**
 * One slice of the register the opening pages through (a platform's index partition: every unit,
 * every status), with the cursor saved after each page so a restart continues where it stopped.
 */
export interface OpeningSegment {
  year: number;
  segment: string;
  /** Sort key of the last index entry handled. */
  cursor?: string;
  done: boolean;
  pages: number;
  written: number;
  updatedAt: string;
}
