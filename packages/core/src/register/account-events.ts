import type { FilingInput } from "./account-data.js";

/** What other capabilities may follow about register accounts (recorded in the write's transaction). */
export const ACCOUNT_EVENTS = {
  /** An approved change replaced the account's administrators: `{ accountId, before, after, at }`. */
  administratorsChanged: "account.administrators-changed",
  /** An account entered the register (an approved 开设, or a bulk import): `{ accountId }`. */
  entered: "account.entered",
  /** An account left the register (its 注销 approved): `{ accountId }`. */
  left: "account.left",
} as const;

export interface AccountEntered {
  accountId: string;
}

export type AccountLeft = AccountEntered;

export interface AdministratorsChanged {
  accountId: string;
  /** A deterministic id for what the change opens, so a retried handler opens it once. */
  changeId: string;
  before: FilingInput["administrators"];
  after: FilingInput["administrators"];
  at: string;
}
