import type { MonitorEntry } from "../content/monitor/monitor-entry.js";
import { MONITOR_STATE_LABELS } from "../content/monitor/monitor-entry.js";
import type { UpdateThresholds } from "../content/monitor/thresholds.js";
import type { Publication } from "../content/publication.js";
import { contractFlag, CONTRACT_STATE_LABELS } from "../custody/contract-watch.js";
import { isOverdue, type CredentialTask } from "../custody/credential-task.js";
import type { Account } from "../register/account.js";
import { ACCOUNT_STATUS_LABELS } from "../register/account.js";
import { OPERATION_MODE_LABELS, VERIFICATION_LABELS } from "../register/account-labels.js";
import type { ReviewTask } from "../review/review-task.js";
import type { AuditRecord } from "../shared/audit-chain.js";
import { PLATFORMS } from "../shared/platforms.js";
import { shanghaiDate } from "../shared/time.js";

/** What the system itself knows about an account's year, shown read-only beside the unit's answers. */
export interface ReportFigures {
  computedAt: string;
  period: { from: string; to: string };
  account: {
    accountName: string;
    platformLabel: string;
    platformAccountId: string;
    filingNumber: string;
    unitName: string;
    status: string;
    leader: string;
    administrators: string;
    operationMode: string;
    verification: string;
    filedAt: string;
  };
  /** The account's own records in the year (changes, suspensions, violations …). */
  changes: { at: string; label: string; detail?: string }[];
  publications: {
    total: number;
    /** January … December. */
    byMonth: number[];
    original: number;
    repost: number;
    /** Posts published outside the system (非系统发布), type unknown. */
    outside: number;
    longestGapDays: number;
    longestGap?: { from: string; to: string };
    lastPublishedAt?: string;
  };
  monitor: { warnings: number; violations: number; state?: string };
  words: { drafts: number; hits: number; confirmed: number };
  reviews: { rounds: number; approvals: number; returns: number; rejections: number };
  custody: { lastPasswordChangeAt?: string; holders: number; openTasks: number; overdueTasks: number };
  contract: { mode: string; contractor?: string; endDate?: string; state?: string; daysLeft?: number };
}

/** What the figures are computed from (read by `figuresReader`). */
export interface AnnualFigureSources {
  year: number;
  now: Date;
  account: Account;
  unitName: string;
  /** The account's audit chain. */
  chain: AuditRecord[];
  /** The account's publications in the year. */
  publications: Publication[];
  /** Drafts for the account submitted in the year: hits found and 严重 hits confirmed with a reason at submission. */
  drafts: { draftId: string; hits: number; confirmed: number }[];
  /** Review tasks of the account's filings and drafts. */
  reviewTasks: ReviewTask[];
  credentialTasks: CredentialTask[];
  monitor?: MonitorEntry;
  thresholds: UpdateThresholds;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${shanghaiDate(new Date(iso))}T00:00:00Z`) / DAY_MS;

const CHANGE_LABELS: Record<string, string> = {
  account_filed: "开设备案办结",
  account_imported: "导入登记",
  account_changed: "变更备案办结",
  account_suspended: "账号停用",
  account_restored: "账号恢复",
  account_cancelled: "账号注销",
  update_violation: "更新违规（两周未更新）",
  custody_updated: "账号管理权限登记更新",
  annual_inspection_passed: "通过年度检查",
  annual_inspection_failed: "年度检查未通过",
};

/** The year's span in Beijing time, up to now if the year is not over. */
export function periodOf(year: number, now: Date): { from: string; to: string; startMs: number; endMs: number } {
  const startMs = Date.parse(`${year}-01-01T00:00:00+08:00`);
  const endMs = Math.min(now.getTime(), Date.parse(`${year + 1}-01-01T00:00:00+08:00`) - 1);
  return { from: `${year}-01-01`, to: shanghaiDate(new Date(endMs)), startMs, endMs };
}

/**
 * Gaps between updates in whole Beijing days, from the start of watching (the year's start, or the
 * filing if later) through each publication to the end of the period.
 */
export function updateGaps(publishedAt: string[], startIso: string, endIso: string): { days: number; from: string; to: string }[] {
  const points = [startIso, ...[...publishedAt].filter((p) => p >= startIso && p <= endIso).sort(), endIso];
  const gaps = [];
  for (let i = 1; i < points.length; i++) gaps.push({ days: dayNumber(points[i]) - dayNumber(points[i - 1]), from: points[i - 1], to: points[i] });
  return gaps;
}

export function computeFigures(s: AnnualFigureSources): ReportFigures {
  const period = periodOf(s.year, s.now);
  const inYear = (iso: string | undefined) => iso !== undefined && Date.parse(iso) >= period.startMs && Date.parse(iso) <= period.endMs;
  const { account } = s;
  const data = account.data;

  const publications = s.publications.filter((p) => inYear(p.publishedAt));
  const byMonth = Array.from({ length: 12 }, () => 0);
  let original = 0;
  let repost = 0;
  let outside = 0;
  for (const p of publications) {
    byMonth[Number(shanghaiDate(new Date(p.publishedAt)).slice(5, 7)) - 1]++;
    if (p.source === "manual") outside++;
    else if (p.contentType === "repost") repost++;
    else original++;
  }
  const watchedFrom = new Date(Math.max(period.startMs, Date.parse(account.filedAt))).toISOString();
  const gaps = updateGaps(
    publications.map((p) => p.publishedAt),
    watchedFrom,
    new Date(period.endMs).toISOString(),
  );
  const longest = gaps.reduce<(typeof gaps)[number] | undefined>((max, g) => (!max || g.days > max.days ? g : max), undefined);
  const lastPublishedAt = publications.map((p) => p.publishedAt).sort().at(-1);

  const chainInYear = s.chain.filter((r) => inYear(r.at));
  const decided = s.reviewTasks.filter((t) => t.status === "decided" && inYear(t.decidedAt));
  const rounds = new Set(s.reviewTasks.filter((t) => t.stage === "first" && inYear(t.createdAt)).map((t) => `${t.itemId}#${t.round}`));
  const contract = contractFlag(account, s.now);

  return {
    computedAt: s.now.toISOString(),
    period: { from: period.from, to: period.to },
    account: {
      accountName: account.accountName,
      platformLabel: PLATFORMS[account.platform]?.label ?? account.platform,
      platformAccountId: data.platformAccountId,
      filingNumber: account.filingNumber,
      unitName: s.unitName,
      status: ACCOUNT_STATUS_LABELS[account.status],
      leader: `${data.leader.name}（${data.leader.title}）`,
      administrators: data.administrators.map((a) => `${a.name}${a.onPayroll ? "" : "（非在编）"}`).join("、"),
      operationMode: OPERATION_MODE_LABELS[data.operationMode],
      verification: VERIFICATION_LABELS[data.verification],
      filedAt: account.filedAt,
    },
    changes: chainInYear.map((r) => ({ at: r.at, label: CHANGE_LABELS[r.action] ?? r.action, ...(typeof r.details.reason === "string" ? { detail: r.details.reason } : {}) })),
    publications: {
      total: publications.length,
      byMonth,
      original,
      repost,
      outside,
      longestGapDays: longest?.days ?? 0,
      ...(longest ? { longestGap: { from: longest.from, to: longest.to } } : {}),
      ...(lastPublishedAt ? { lastPublishedAt } : {}),
    },
    monitor: {
      warnings: gaps.filter((g) => g.days >= s.thresholds.warnDays).length,
      violations: chainInYear.filter((r) => r.action === "update_violation").length,
      ...(s.monitor ? { state: MONITOR_STATE_LABELS[s.monitor.state] } : {}),
    },
    words: { drafts: s.drafts.length, hits: s.drafts.reduce((n, d) => n + d.hits, 0), confirmed: s.drafts.reduce((n, d) => n + d.confirmed, 0) },
    reviews: {
      rounds: rounds.size,
      approvals: decided.filter((t) => t.decision === "approve").length,
      returns: decided.filter((t) => t.decision === "return").length,
      rejections: decided.filter((t) => t.decision === "reject").length,
    },
    custody: {
      ...(account.custody?.lastPasswordChangeAt ? { lastPasswordChangeAt: account.custody.lastPasswordChangeAt } : {}),
      holders: account.custody?.holders.length ?? 0,
      openTasks: s.credentialTasks.filter((t) => t.state === "open").length,
      overdueTasks: s.credentialTasks.filter((t) => isOverdue(t, s.now)).length,
    },
    contract: contract
      ? { mode: OPERATION_MODE_LABELS.outsourced, contractor: contract.contractorName, endDate: contract.contractEndDate, state: CONTRACT_STATE_LABELS[contract.state], daysLeft: contract.daysLeft }
      : { mode: OPERATION_MODE_LABELS[data.operationMode] },
  };
}
