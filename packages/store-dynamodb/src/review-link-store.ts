import { StoreConflict, type Reassignment, type ReviewLink, type ReviewLinkStore, type ReviewTask, type Stage } from "@beian/core";
import { DirectoryDynamoStore } from "./directory-store.js";

const withoutUndefined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const toTask = (item: Record<string, unknown>): ReviewTask => {
  const { deliveryState: _d, ...task } = item;
  return task as unknown as ReviewTask;
};

/** Approval links (several per review task), 待我审核 lists and reassignment. */
export class ReviewLinkDynamoStore extends DirectoryDynamoStore implements ReviewLinkStore {
  async putReviewLinks(links: ReviewLink[]) {
    if (links.length) await this.db.entities.reviewLink.put(links.map(withoutUndefined)).go();
  }

  async getReviewLink(linkHash: string) {
    const { data } = await this.db.entities.reviewLink.get({ linkHash }).go();
    return data ? (data as ReviewLink) : undefined;
  }

  async listTaskLinks(itemId: string, round: number, stage: Stage) {
    const { data } = await this.db.entities.reviewLink.query.byTask({ itemId, round, stage }).go({ pages: "all" });
    return data as ReviewLink[];
  }

  async markLinkMailed(link: ReviewLink, at: string) {
    await this.db.entities.reviewLink.patch({ linkHash: link.linkHash }).set({ mailedAt: at }).go();
  }

  async closeLinks(links: ReviewLink[]) {
    if (links.length) await this.db.entities.reviewLink.put(links.map((l) => withoutUndefined({ ...l, state: "closed" as const }))).go();
  }

  async listOpenLinks(reviewerId: string) {
    const { data } = await this.db.entities.reviewLink.query.byReviewer({ reviewerId, state: "open" }).go({ pages: "all" });
    return data as ReviewLink[];
  }

  async listPendingTasks() {
    const { data } = await this.db.entities.task.query.byDelivery({ deliveryState: "pending" }).go({ pages: "all" });
    return data.map((t) => toTask(t as Record<string, unknown>)).filter((t) => t.status === "pending");
  }

  async commitReassignment(change: Reassignment) {
    const { audit: record, task: next } = change;
    const result = await this.db.transaction
      .write(({ filing, audit, task }) => [
        filing
          .patch({ filingId: change.itemId })
          .set({ auditSeq: record.seq, auditHead: record.hash, updatedAt: record.at })
          .where((a, op) => `${op.eq(a.auditSeq, change.expectedAuditSeq)} AND ${op.eq(a.status, "in_review")}`)
          .commit(),
        audit.create(record).commit(),
        task
          .put({ ...withoutUndefined(next), deliveryState: "pending" })
          .where((a, op) => `${op.eq(a.status, "pending")} AND ${op.eq(a.linkHash, change.expectedLinkHash)}`)
          .commit(),
      ])
      .go();
    if (result.canceled) throw new StoreConflict("task");
  }
}
