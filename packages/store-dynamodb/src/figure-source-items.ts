import type { FigureSourceItems } from "@beian/core";
import type { BeianService } from "./beian-service.js";

type Page = { data: unknown[]; cursor: string | null };
type Listing = (db: BeianService) => AsyncIterable<unknown[]>;

/** Pages through one index query with ElectroDB's cursor. */
async function* paged(query: (cursor: string | null) => Promise<Page>): AsyncIterable<unknown[]> {
  let cursor: string | null = null;
  do {
    const page: Page = await query(cursor);
    if (page.data.length) yield page.data;
    cursor = page.cursor;
  } while (cursor);
}

const LIMIT = 500;

/**
 * How the recount reads every item of a source entity — through an index, never a Scan. A new figure
 * source's entity adds its listing here (`FIGURE_SOURCE_LISTINGS.set(...)` from its own module).
 */
export const FIGURE_SOURCE_LISTINGS = new Map<string, Listing>([
  [
    "account",
    async function* (db) {
      // Accounts by unit (the owner index), over every unit of the tree.
      const units = await db.entities.unit.query.tree({}).go({ pages: "all" });
      for (const { unitId } of units.data) yield* paged((cursor) => db.entities.account.query.byUnit({ unitId }).go({ cursor, limit: LIMIT }) as Promise<Page>);
    },
  ],
  ["filing", (db) => paged((cursor) => db.entities.filing.query.all({}).go({ cursor, limit: LIMIT }) as Promise<Page>)],
  [
    "reviewTask",
    async function* (db) {
      // Every task sits in exactly one partition of its work-state index.
      for (const deliveryState of ["none", "pending", "undelivered", "delivered"] as const) {
        yield* paged((cursor) => db.entities.task.query.byDelivery({ deliveryState }).go({ cursor, limit: LIMIT }) as Promise<Page>);
      }
    },
  ],
  [
    "credentialTask",
    async function* (db) {
      for (const state of ["open", "done"] as const) yield* paged((cursor) => db.entities.credentialTask.query.byState({ state }).go({ cursor, limit: LIMIT }) as Promise<Page>);
    },
  ],
  // Content's items, each through its register-wide index.
  ["monitorEntry", (db) => paged((cursor) => db.entities.monitorEntry.query.all({}).go({ cursor, limit: LIMIT }) as Promise<Page>)],
  ["monitorEvent", (db) => paged((cursor) => db.entities.monitorEvent.query.all({}).go({ cursor, limit: LIMIT }) as Promise<Page>)],
  ["publication", (db) => paged((cursor) => db.entities.publication.query.all({}).go({ cursor, limit: LIMIT }) as Promise<Page>)],
  ["contentDraft", (db) => paged((cursor) => db.entities.contentDraft.query.all({}).go({ cursor, limit: LIMIT }) as Promise<Page>)],
  [
    "annualReport",
    async function* (db) {
      // A campaign year's reports by unit (their owner index), over every campaign and every unit of
      // the tree: a campaign item exists before its first report, a unit's progress item maybe not yet.
      const campaigns = await db.entities.inspectionCampaign.query.all({}).go({ pages: "all" });
      const units = await db.entities.unit.query.tree({}).go({ pages: "all" });
      for (const { year } of campaigns.data) {
        for (const { unitId } of units.data) yield* paged((cursor) => db.entities.annualReport.query.byUnit({ year, unitId }).go({ cursor, limit: LIMIT }) as Promise<Page>);
      }
    },
  ],
]);

export class DynamoFigureSourceItems implements FigureSourceItems {
  constructor(private readonly db: BeianService) {}

  pages(entity: string): AsyncIterable<unknown[]> {
    const listing = FIGURE_SOURCE_LISTINGS.get(entity);
    if (!listing) throw new Error(`no listing of ${entity} items for the recount: add one to FIGURE_SOURCE_LISTINGS`);
    return listing(this.db);
  }
}
