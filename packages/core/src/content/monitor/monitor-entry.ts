import { addDays, daysUntil } from "../../custody/contract-watch.js";
import { shanghaiDate } from "../../shared/time.js";
import type { UpdateThresholds } from "./thresholds.js";

/** Where an account's last update is known from. */
export type LastUpdateSource = "enrolled" | "system" | "manual";

export const LAST_UPDATE_SOURCE_LABELS: Record<LastUpdateSource, string> = { enrolled: "纳入监测", system: "系统发布", manual: "非系统发布" };

export type MonitorState = "ok" | "warned" | "violated";
export const MONITOR_STATE_LABELS: Record<MonitorState, string> = { ok: "正常", warned: "已预警", violated: "已违规" };

/**
 * An account under the update monitor. `dueOn` is the Beijing day its next threshold falls due (the
 * warning, then the violation); the sweep reads only entries due today or earlier, never the
 * register. After the violation nothing more is due until the account publishes again.
 */
export interface MonitorEntry {
  accountId: string;
  unitId: string;
  platform: string;
  accountName: string;
  filingNumber: string;
  lastPublishedAt: string;
  lastSource: LastUpdateSource;
  lastTitle?: string;
  state: MonitorState;
  warnedAt?: string;
  violatedAt?: string;
  dueOn: string;
  /** Bumped by every write: writers condition on it. */
  version: number;
  updatedAt: string;
}

/** Far enough to never be due: the entry waits for the next publication. */
export const NOTHING_DUE = "9999-12-31";

/** Whole Beijing days since the last update (0 on the day of it). */
export const daysSince = (iso: string, now: Date) => -daysUntil(shanghaiDate(new Date(iso)), now);

/** The entry after a publication at `at` (unless an earlier one than the last known). */
export function afterPublication(entry: MonitorEntry, at: string, source: LastUpdateSource, title: string | undefined, thresholds: UpdateThresholds, now: string): MonitorEntry {
  if (at < entry.lastPublishedAt) return { ...entry, version: entry.version + 1, updatedAt: now };
  return {
    ...entry,
    lastPublishedAt: at,
    lastSource: source,
    lastTitle: title,
    state: "ok",
    warnedAt: undefined,
    violatedAt: undefined,
    dueOn: addDays(shanghaiDate(new Date(at)), thresholds.warnDays),
    version: entry.version + 1,
    updatedAt: now,
  };
}

/** What the sweep finds an entry due for today. */
export function dueStep(entry: MonitorEntry, thresholds: UpdateThresholds, now: Date): "warn" | "violation" | undefined {
  const days = daysSince(entry.lastPublishedAt, now);
  if (days >= thresholds.violationDays && entry.state !== "violated") return "violation";
  if (days >= thresholds.warnDays && entry.state === "ok") return "warn";
  return undefined;
}

/** The next due day after a step: the violation day after a warning, nothing after a violation. */
export function nextDue(entry: MonitorEntry, state: MonitorState, thresholds: UpdateThresholds): string {
  if (state === "violated") return NOTHING_DUE;
  const base = shanghaiDate(new Date(entry.lastPublishedAt));
  return addDays(base, state === "warned" ? thresholds.violationDays : thresholds.warnDays);
}
