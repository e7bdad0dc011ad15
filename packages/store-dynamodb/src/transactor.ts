import { StoreConflict, type Transactor, type TxWrite } from "@beian/core";
import type { BeianService } from "./beian-service.js";
import { DynamoTxWrite } from "./tx-write.js";

/** Commits the writes of any capabilities' stores as one DynamoDB transaction. */
export class DynamoTransactor implements Transactor {
  constructor(private readonly db: BeianService) {}

  async commit(writes: TxWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const parts: string[] = [];
    const result = await this.db.transaction
      .write((tx) =>
        writes.flatMap((write) => {
          if (!(write instanceof DynamoTxWrite)) throw new Error("a write from another store cannot join a DynamoDB transaction");
          const ops = write.build(tx);
          parts.push(...ops.map(() => write.part));
          return ops;
        }),
      )
      .go();
    if (result.canceled) {
      const items = result.data as unknown as { rejected: boolean; code: string }[];
      const failed = items.findIndex((d) => d.rejected && d.code === "ConditionalCheckFailed");
      if (failed >= 0) throw new StoreConflict(parts[failed]);
      // Another transaction held one of the items: the same as losing the race on its condition.
      const clash = items.findIndex((d) => d.rejected && d.code === "TransactionConflict");
      if (clash >= 0) throw new StoreConflict(parts[clash]);
      throw new Error(`transaction cancelled: ${JSON.stringify(items.filter((d) => d.rejected))}`);
    }
  }
}
