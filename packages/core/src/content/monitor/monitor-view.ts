import { operatorUnitIds } from "../../directory/access.js";
import { hasRole, type Actor } from "../../directory/people.js";
import { decodeFilingCursor, encodeFilingCursor } from "../../filing/filing-list.js";
import { fail } from "../../shared/errors.js";
import { parseOrThrow } from "../../shared/validation.js";
import type { ContentDeps } from "../content-deps.js";
import { daysSince, type MonitorEntry } from "./monitor-entry.js";
import { MONITOR_LIST_LABELS, monitorListSchema } from "./monitor-input.js";
import { thresholdsFor } from "./thresholds.js";

export interface MonitorRow extends MonitorEntry {
  unitName: string;
  days: number;
  warnDays: number;
  violationDays: number;
}

/**
 * 更新监测: accounts by how long they have gone without an update, longest first; admins see every
 * unit (or one), operators their own units.
 */
export function monitorView(deps: Pick<ContentDeps, "monitor" | "directory" | "clock" | "updateThresholds">) {
  const { monitor, directory, clock, updateThresholds } = deps;
  return async function list(actor: Actor, query: unknown = {}) {
    const input = parseOrThrow(monitorListSchema, query, MONITOR_LIST_LABELS);
    let units: (string | undefined)[];
    if (hasRole(actor, "admin")) units = [input.unitId];
    else if (hasRole(actor, "operator")) {
      const own = await operatorUnitIds(directory, actor);
      if (input.unitId && !own.includes(input.unitId)) throw fail("UNIT_OUT_OF_SCOPE", "无权查看该单位的更新监测");
      units = input.unitId ? [input.unitId] : own;
    } else throw fail("ROLE_REQUIRED", "无权查看更新监测");
    const limit = input.limit ?? 100;
    const after = input.cursor ? decodeFilingCursor(input.cursor) : undefined;
    const pages = await Promise.all(units.map((unitId) => monitor.listByLastPublication({ unitId, limit, after })));
    const merged = pages.flatMap((p) => p.entries).sort((a, b) => a.lastPublishedAt.localeCompare(b.lastPublishedAt) || a.accountId.localeCompare(b.accountId));
    const entries = merged.slice(0, limit);
    const more = pages.some((p) => p.last) || merged.length > limit;
    const names = new Map((await directory.getUnits([...new Set(entries.map((e) => e.unitId))])).map((u) => [u.unitId, u.name]));
    const now = clock.now();
    const items: MonitorRow[] = entries.map((e) => {
      const t = thresholdsFor(updateThresholds, e.platform);
      return { ...e, unitName: names.get(e.unitId) ?? e.unitId, days: daysSince(e.lastPublishedAt, now), warnDays: t.warnDays, violationDays: t.violationDays };
    });
    const last = entries.at(-1);
    return { items, nextCursor: more && last ? encodeFilingCursor(`${last.lastPublishedAt}#${last.accountId}`) : undefined };
  };
}
