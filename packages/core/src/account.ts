import type { FilingInput } from "./filing.js";
import type { Platform } from "./platforms.js";

export type AccountStatus = "filed";

/** A filed account in the register (已备案), created when an open filing passes 终审. */
export interface Account {
  accountId: string;
  filingNumber: string;
  filingId: string;
  unitId: string;
  platform: Platform;
  platformKey: string;
  accountName: string;
  status: AccountStatus;
  data: FilingInput;
  filedAt: string;
}
