import type { ReviewItemDocument, ReviewItemStore, ReviewStatus } from "@beian/core";
import type { BeianService } from "./beian-service.js";
import { txWrite } from "./tx-write.js";

/** Review items kept as documents, conditioned on their chain position like every reviewed item. */
export class DynamoReviewItemStore implements ReviewItemStore {
  constructor(private readonly db: BeianService) {}

  async getItem<T>(kind: string, itemId: string) {
    const { data } = await this.db.entities.reviewItem.get({ kind, itemId }).go();
    return data ? ({ kind: data.kind, state: data.state, body: data.body } as ReviewItemDocument<T>) : undefined;
  }

  putItem(document: ReviewItemDocument, expected?: { auditSeq: number; status: ReviewStatus }) {
    const item = { kind: document.kind, itemId: document.state.itemId, state: document.state, body: document.body, auditSeq: document.state.auditSeq, status: document.state.status };
    return txWrite("item", (tx) => [
      expected === undefined
        ? tx.reviewItem.create(item).commit()
        : tx.reviewItem
            .put(item)
            .where((a, op) => `${op.eq(a.auditSeq, expected.auditSeq)} AND ${op.eq(a.status, expected.status as string)}`)
            .commit(),
    ]);
  }
}
