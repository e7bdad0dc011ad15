import type { MonitorEntry, MonitorEvent, MonitorStore } from "@beian/core";
import type { BeianService } from "./beian-service.js";
import { stripUndefined, txWrite } from "./tx-write.js";

/** Update-monitor entries: due-day queue, by unit and overall by last update; and named marks. */
export class DynamoMonitorStore implements MonitorStore {
  constructor(private readonly db: BeianService) {}

  private get e() {
    return this.db.entities;
  }

  async getEntries(accountIds: string[]) {
    if (!accountIds.length) return [];
    const { data } = await this.e.monitorEntry.get(accountIds.map((accountId) => ({ accountId }))).go({ preserveBatchOrder: false });
    return (data as (MonitorEntry | null)[]).filter((e): e is MonitorEntry => !!e);
  }

  writeEntry(entry: MonitorEntry, expectedVersion?: number) {
    const item = stripUndefined(entry);
    return txWrite("monitor", (tx) => [
      expectedVersion === undefined || expectedVersion === 0
        ? tx.monitorEntry.create(item).commit()
        : tx.monitorEntry
            .put(item)
            .where((a, op) => op.eq(a.version, expectedVersion))
            .commit(),
    ]);
  }

  deleteEntry(accountId: string, expectedVersion: number) {
    return txWrite("monitor", (tx) => [
      tx.monitorEntry
        .delete({ accountId })
        .where((a, op) => op.eq(a.version, expectedVersion))
        .commit(),
    ]);
  }

  recordEvent(event: MonitorEvent) {
    return txWrite("monitorEvent", (tx) => [tx.monitorEvent.create(event).commit()]);
  }

  async listDue(day: string, limit: number, after?: string) {
    // The sort key is dueOn#accountId: every key of `day` sorts before "<day>$" ("#" < "$").
    const query = this.e.monitorEntry.query.byDue({});
    const [dueOn, accountId] = after ? after.split("#") : [];
    const ranged = after ? query.gt({ dueOn, accountId }) : query.lt({ dueOn: `${day}$` } as never);
    const { data } = await ranged.go({ limit: limit + 1 });
    const due = (data as MonitorEntry[]).filter((e) => e.dueOn <= day);
    const entries = due.slice(0, limit);
    return { entries, last: due.length > limit ? `${entries.at(-1)!.dueOn}#${entries.at(-1)!.accountId}` : undefined };
  }

  async listByLastPublication(query: { unitId?: string; limit: number; after?: string }) {
    const base = query.unitId ? this.e.monitorEntry.query.byUnit({ unitId: query.unitId }) : this.e.monitorEntry.query.all({});
    const [lastPublishedAt, accountId] = query.after ? query.after.split("#") : [];
    const ranged = query.after ? base.gt({ lastPublishedAt, accountId }) : base;
    const { data } = await ranged.go({ limit: query.limit + 1 });
    const entries = (data as MonitorEntry[]).slice(0, query.limit);
    return { entries, last: data.length > query.limit ? `${entries.at(-1)!.lastPublishedAt}#${entries.at(-1)!.accountId}` : undefined };
  }

  async getMark(name: string) {
    const { data } = await this.e.contentMark.get({ name }).go();
    return data?.value;
  }

  async putMark(name: string, value: string) {
    await this.e.contentMark.put({ name, value, updatedAt: new Date().toISOString() }).go();
  }
}
