import type { Account } from "../register/account.js";
import { shanghaiDate } from "../shared/time.js";

/** 委托运营 accounts are warned this many days before the contract ends. */
export const CONTRACT_WARN_DAYS = 30;

export type ContractState = "active" | "expiring" | "ended";
export const CONTRACT_STATE_LABELS: Record<ContractState, string> = { active: "合同有效", expiring: "合同即将到期", ended: "合同已到期" };

export interface ContractFlag {
  contractorName: string;
  contractEndDate: string;
  state: ContractState;
  /** Negative once ended. */
  daysLeft: number;
}

const DAY_MS = 86_400_000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from Beijing today to the contract end (0 on the last day of the contract). */
export function daysUntil(date: string, now: Date): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${shanghaiDate(now)}T00:00:00Z`)) / DAY_MS);
}

/** The contract end of an outsourced, not cancelled account; what the register indexes it by. */
export function contractEndOf(account: Pick<Account, "data" | "status">): string | undefined {
  if (account.status === "cancelled" || account.data?.operationMode !== "outsourced") return undefined;
  return account.data.contractor?.contractEndDate;
}

/** The contract's state on a given day: the contract ends at the end of its end date. */
export function contractFlag(account: Pick<Account, "data" | "status">, now: Date, warnDays = CONTRACT_WARN_DAYS): ContractFlag | undefined {
  const end = contractEndOf(account);
  if (!end) return undefined;
  const daysLeft = daysUntil(end, now);
  const state: ContractState = daysLeft < 0 ? "ended" : daysLeft <= warnDays ? "expiring" : "active";
  return { contractorName: account.data.contractor!.name, contractEndDate: end, state, daysLeft };
}
