import { shanghaiDate } from "../shared/time.js";
import type { FigureCount } from "./figures.js";
import { monthsBetween } from "./months.js";

const DAY_MS = 86_400_000;

/**
 * Days since the last update, in buckets read at request time (see update-figures.ts: the stored
 * figure is the last-update day). The edges follow the default thresholds (预警 at 10 days, 违规 at
 * 14); a platform with other thresholds still reads the same days.
 */
export const DAYS_SINCE_BUCKETS = [
  { id: "0-6", label: "0–6 天", upTo: 6 },
  { id: "7-9", label: "7–9 天", upTo: 9 },
  { id: "10-13", label: "10–13 天", upTo: 13 },
  { id: "14-29", label: "14–29 天", upTo: 29 },
  { id: "30-59", label: "30–59 天", upTo: 59 },
] as const;
export const OLDER_BUCKET = { id: "60+", label: "60 天及以上" } as const;

/** Last-update days are read this far back; anything older is the watched total minus what was read. */
export const RECENT_DAYS = 60;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** The months whose last-update days the distribution reads: those holding the last RECENT_DAYS Beijing days. */
export function recentMonths(now: Date): string[] {
  const today = shanghaiDate(now);
  const earliest = new Date((dayNumber(today) - (RECENT_DAYS - 1)) * DAY_MS).toISOString().slice(0, 10);
  return monthsBetween(earliest.slice(0, 7), today.slice(0, 7));
}

/**
 * Watched accounts by days since their last update. `lastUpdates` are counts keyed by the day
 * (its third key part); `watched` is every watched account in scope, so the oldest bucket needs no
 * cells of its own.
 */
export function daysSinceDistribution(lastUpdates: FigureCount[], watched: number, now: Date): { id: string; label: string; accounts: number }[] {
  const today = dayNumber(shanghaiDate(now));
  const counts = new Map<string, number>();
  let recent = 0;
  for (const c of lastUpdates) {
    // A post dated a few minutes ahead (allowed by 发布登记) counts as today.
    const days = Math.max(0, today - dayNumber(c.key[2]));
    const bucket = DAYS_SINCE_BUCKETS.find((b) => days <= b.upTo);
    if (!bucket) continue;
    counts.set(bucket.id, (counts.get(bucket.id) ?? 0) + c.n);
    recent += c.n;
  }
  return [...DAYS_SINCE_BUCKETS.map((b) => ({ id: b.id, label: b.label, accounts: counts.get(b.id) ?? 0 })), { ...OLDER_BUCKET, accounts: watched - recent }];
}
