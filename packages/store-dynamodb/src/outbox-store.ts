import type { OutboxEvent, OutboxStore } from "@beian/core";
import type { BeianService } from "./beian-service.js";
import { isConditionFailure, txWrite } from "./tx-write.js";

/** The outbox on the table: pending events in one index partition, deleted once carried out. */
export class DynamoOutboxStore implements OutboxStore {
  constructor(private readonly db: BeianService) {}

  record(event: OutboxEvent) {
    return txWrite("outbox", (tx) => [tx.outboxEvent.create({ ...event }).commit()]);
  }

  async listPending(limit: number) {
    const { data } = await this.db.entities.outboxEvent.query.pending({}).go({ limit });
    return data as (OutboxEvent & { leaseUntil?: string; attempts?: number })[];
  }

  async claim(eventId: string, now: string, leaseUntil: string) {
    try {
      await this.db.entities.outboxEvent
        .patch({ eventId })
        .set({ leaseUntil })
        .where((a, op) => `${op.notExists(a.leaseUntil)} OR ${op.lte(a.leaseUntil, now)}`)
        .go();
      return true;
    } catch (error) {
      // Done (deleted) or held by another runner.
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async complete(eventId: string) {
    await this.db.entities.outboxEvent.delete({ eventId }).go();
  }

  async release(eventId: string, error: string, retryAt: string) {
    await this.db.entities.outboxEvent
      .patch({ eventId })
      .set({ leaseUntil: retryAt, lastError: error.slice(0, 1000) })
      .add({ attempts: 1 })
      .go();
  }
}
