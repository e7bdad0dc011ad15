import type { MonitorEntry } from "../../content/monitor/monitor-entry.js";
import type { MonitorEvent } from "../../content/monitor/monitor-event.js";
import { dateInShanghai } from "../../shared/time.js";
import { ACCOUNT_YEAR_SET, ACCOUNT_YEAR_SPEC } from "../annual-table.js";
import type { FigureCount } from "../figures.js";
import { NOW } from "../figures.js";
import type { FigureSource } from "../figure-source.js";
import { monthOf } from "../months.js";

/** Update-compliance figure sets, from the update monitor's entries and the warnings and violations it recorded. */
export const UPDATE_SETS = {
  /** [unit, platform, ok | warned | violated] → watched accounts by state now. */
  updateStatus: { platform: true, period: "now" },
  /**
   * [unit, platform, day] → watched accounts whose last update fell on that Beijing day, filed under
   * the month of that day. Days since the last update grow without any write, so no stored figure
   * can hold "accounts 10–13 days without an update"; the report turns days into such buckets when
   * it reads. Kept per month so a read of the recent days touches this year's (and at a year's
   * start last year's) partition only: at most ~366 cells per level, whatever the register's size.
   */
  lastUpdates: { platform: true, period: "month" },
  /**
   * [unit, lastPublishedAt, accountId, warned | violated] → the accounts themselves, longest without
   * an update first in key order: the 工作台's list reads the first few with a limit.
   */
  updateAlerts: { platform: false, period: "now" },
  /** [unit, platform, warned | violated] → per month the sweep recorded them. */
  updateEvents: { platform: true, period: "month" },
} as const;

/** The state of every watched account (an account leaves the monitor when its cancellation is approved). */
export const monitorEntryFigures: FigureSource<MonitorEntry> = {
  entity: "monitorEntry",
  sets: { updateStatus: UPDATE_SETS.updateStatus, lastUpdates: UPDATE_SETS.lastUpdates, updateAlerts: UPDATE_SETS.updateAlerts },
  count(e) {
    const day = dateInShanghai(e.lastPublishedAt);
    const out: FigureCount[] = [
      { set: "updateStatus", period: NOW, key: [e.unitId, e.platform, e.state], n: 1 },
      { set: "lastUpdates", period: day.slice(0, 7), key: [e.unitId, e.platform, day], n: 1 },
    ];
    if (e.state !== "ok") out.push({ set: "updateAlerts", period: NOW, key: [e.unitId, e.lastPublishedAt, e.accountId, e.state], n: 1 });
    return out;
  },
};

/** A warning or violation counts in its month, under the unit and platform the account had then; a violation also in the account's year. */
export const monitorEventFigures: FigureSource<MonitorEvent> = {
  entity: "monitorEvent",
  sets: { updateEvents: UPDATE_SETS.updateEvents, [ACCOUNT_YEAR_SET]: ACCOUNT_YEAR_SPEC },
  count(e) {
    const out: FigureCount[] = [{ set: "updateEvents", period: monthOf(e.at), key: [e.unitId, e.platform, e.kind], n: 1 }];
    if (e.kind === "violated") out.push({ set: ACCOUNT_YEAR_SET, period: monthOf(e.at).slice(0, 4), key: [e.unitId, e.accountId, "updateViolations"], n: 1 });
    return out;
  },
};
