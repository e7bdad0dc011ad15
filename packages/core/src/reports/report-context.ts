import type { Actor, Unit } from "../directory/people.js";
import type { FigureReader } from "./figure-reader.js";
import type { ReportFilter, ReportTable } from "./report-table.js";

/** What a report is built from: the request's figures and filter, and the names to show. */
export interface ReportContext {
  actor: Actor;
  filter: ReportFilter;
  months: string[];
  figures: FigureReader;
  /** The same scope (units, platform) over other months: a present-day view kept by month, e.g. recent last-update days. */
  figuresOver(months: string[]): FigureReader;
  /** Units in the request's scope (rows of per-unit tables), depth-first by the tree. */
  units: Unit[];
  unitName(unitId: string): string;
  /** Review kinds by id, with their labels. */
  kinds: { kind: string; label: string }[];
  now: Date;
  /** A pending review stage older than this is overdue (the escalation threshold). */
  overdueAfterHours: number;
  personNames(personIds: string[]): Promise<Map<string, string>>;
}

/** One report (a page of tables); registering another adds it to the API, the page and the exports. */
export interface ReportDefinition {
  id: string;
  title: string;
  build(ctx: ReportContext): Promise<{ tables: ReportTable[]; notes?: string[] }>;
}

export class ReportDefinitions {
  private readonly byId = new Map<string, ReportDefinition>();

  register(report: ReportDefinition): this {
    if (this.byId.has(report.id)) throw new Error(`report ${report.id} registered twice`);
    this.byId.set(report.id, report);
    return this;
  }

  get(id: string): ReportDefinition | undefined {
    return this.byId.get(id);
  }

  list(): ReportDefinition[] {
    return [...this.byId.values()];
  }
}

/** Rolls per-unit numbers up the tree: a unit's total includes every unit below it (by stored path). */
export function rollUp(units: Unit[], own: Map<string, number>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const unit of units) {
    const path = unit.path ?? `/${unit.unitId}/`;
    let sum = 0;
    for (const other of units) if ((other.path ?? `/${other.unitId}/`).startsWith(path)) sum += own.get(other.unitId) ?? 0;
    totals.set(unit.unitId, sum);
  }
  return totals;
}
