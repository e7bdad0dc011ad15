import type { Filing, FilingListQuery, FilingPage, FilingStatus, FilingStore, Platform } from "@beian/core";
import type { BeianService } from "./beian-service.js";
import { stripUndefined, txWrite } from "./tx-write.js";

const sortKeyOf = (f: Pick<Filing, "createdAt" | "filingId">) => `${f.createdAt}#${f.filingId}`;

/** Filings (开设 / 变更 / 注销) with the review state they carry. */
export class DynamoFilingStore implements FilingStore {
  constructor(private readonly db: BeianService) {}

  private get e() {
    return this.db.entities;
  }

  async getFiling(filingId: string) {
    const { data } = await this.e.filing.get({ filingId }).go();
    return data ? (data as Filing) : undefined;
  }

  async listUnitFilingsOnPlatform(unitId: string, platform: Platform) {
    const { data } = await this.e.filing.query.byUnitPlatform({ unitId, platform }).go({ pages: "all" });
    return data as Filing[];
  }

  /** One query per unit (or the all-filings partition), each read to limit + 1, merged newest first. */
  async listFilings(query: FilingListQuery): Promise<FilingPage> {
    const read = async (unitId: string | undefined) => {
      const [createdAt, filingId] = query.after ? query.after.split("#") : [];
      const base = unitId ? this.e.filing.query.byUnit({ unitId }) : this.e.filing.query.all({});
      const ranged = query.after ? base.lt({ createdAt, filingId }) : base;
      const filtered = query.status ? ranged.where((a, op) => op.eq(a.status, query.status as FilingStatus)) : ranged;
      const { data } = await filtered.go({ order: "desc", limit: query.limit + 1 });
      return data as Filing[];
    };
    const partitions = await Promise.all((query.unitIds ?? [undefined]).map(read));
    const merged = partitions.flat().sort((a, b) => sortKeyOf(b).localeCompare(sortKeyOf(a)));
    const filings = merged.slice(0, query.limit);
    return { filings, last: merged.length > query.limit ? sortKeyOf(filings.at(-1)!) : undefined };
  }

  writeFiling(filing: Filing, expected?: { auditSeq: number; status: FilingStatus }) {
    const item = stripUndefined(filing);
    return txWrite("filing", (tx) => [
      expected === undefined
        ? tx.filing.create(item).commit()
        : tx.filing
            .put(item)
            .where((a, op) => `${op.eq(a.auditSeq, expected.auditSeq)} AND ${op.eq(a.status, expected.status)}`)
            .commit(),
    ]);
  }
}
