import type { TxWrite } from "@beian/core";
import type { BeianService, TransactionEntities } from "./beian-service.js";

/** An ElectroDB transaction item, as `.commit()` returns it. */
type CommitOp = ReturnType<ReturnType<TransactionEntities["audit"]["create"]>["commit"]>;

/** A `TxWrite` of this store: the part it is about and how it builds its transaction items. */
export class DynamoTxWrite implements TxWrite {
  constructor(
    readonly part: string,
    readonly build: (tx: TransactionEntities) => CommitOp[],
  ) {}
}

export const txWrite = (part: string, build: (tx: TransactionEntities) => unknown[]): TxWrite => new DynamoTxWrite(part, build as (tx: TransactionEntities) => CommitOp[]);

/** Drops undefined attributes: ElectroDB refuses them on put. */
export function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function isConditionFailure(error: unknown): boolean {
  const e = error as { name?: string; cause?: { name?: string }; message?: string };
  return e?.cause?.name === "ConditionalCheckFailedException" || e?.name === "ConditionalCheckFailedException" || /conditional request failed/i.test(e?.message ?? "");
}

export type { BeianService };
