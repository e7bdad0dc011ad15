import type { Platform } from "../shared/platforms.js";
import type { TxWrite } from "../shared/ports.js";
import type { Filing, FilingStatus } from "./filing.js";

/** A page of filings, newest first. */
export interface FilingPage {
  filings: Filing[];
  /** Where the next page starts, when there may be more. */
  last?: string;
}

export interface FilingListQuery {
  /** Undefined: every unit (admins). */
  unitIds?: string[];
  status?: FilingStatus;
  limit: number;
  after?: string;
}

export interface FilingStore {
  getFiling(filingId: string): Promise<Filing | undefined>;
  listUnitFilingsOnPlatform(unitId: string, platform: Platform): Promise<Filing[]>;
  listFilings(query: FilingListQuery): Promise<FilingPage>;
  /**
   * Creates the filing (no `expected`), or writes it conditioned on the chain position and status it
   * was read at; fails with part "filing".
   */
  writeFiling(filing: Filing, expected?: { auditSeq: number; status: FilingStatus }): TxWrite;
}
