import type { ReviewLink, ReviewStore, ReviewTask, Stage, StuckReview } from "@beian/core";
import type { BeianService } from "./beian-service.js";
import { isConditionFailure, stripUndefined, txWrite } from "./tx-write.js";

const taskKey = (task: Pick<ReviewTask, "itemId" | "round" | "stage">) => ({ itemId: task.itemId, round: task.round, stage: task.stage });

/** The task's work queue: "pending" (reminders, reassignment), "undelivered" (re-delivery), else out of the queues. */
function taskItem(task: ReviewTask) {
  const deliveryState = task.status === "pending" ? "pending" : task.status !== "decided" ? "none" : task.delivered ? "delivered" : "undelivered";
  return { ...stripUndefined(task), deliveryState } as const;
}

function toTask(item: object): ReviewTask {
  const { deliveryState: _d, ...task } = item as Record<string, unknown>;
  return task as unknown as ReviewTask;
}

/** Review tasks (one per item, round and stage), their emailed links, and rounds waiting for a restart. */
export class DynamoReviewStore implements ReviewStore {
  constructor(private readonly db: BeianService) {}

  private get e() {
    return this.db.entities;
  }

  async listTasks(itemId: string) {
    const { data } = await this.e.task.query.byItem({ itemId }).go({ pages: "all" });
    return data.map(toTask);
  }

  async getTask(itemId: string, round: number, stage: Stage) {
    const { data } = await this.e.task.get({ itemId, round, stage }).go();
    return data ? toTask(data) : undefined;
  }

  async findTaskByLinkHash(linkHash: string) {
    const { data } = await this.e.task.query.byLink({ linkHash }).go({ limit: 1 });
    return data[0] ? toTask(data[0]) : undefined;
  }

  openTask(task: ReviewTask) {
    return txWrite("task", (tx) => [tx.task.create(taskItem(task)).commit()]);
  }

  closeTask(task: ReviewTask, expectedLinkHash: string) {
    return txWrite("task", (tx) => [
      tx.task
        .put(taskItem(task))
        .where((a, op) => `${op.eq(a.status, "pending")} AND ${op.eq(a.linkHash, expectedLinkHash)}`)
        .commit(),
    ]);
  }

  reassignTask(task: ReviewTask, expectedLinkHash: string) {
    return this.closeTask(task, expectedLinkHash);
  }

  escalateTask(task: ReviewTask, at: string) {
    return txWrite("task", (tx) => [
      tx.task
        .patch(taskKey(task))
        .set({ escalatedAt: at })
        .where((a, op) => `${op.eq(a.status, "pending")} AND ${op.notExists(a.escalatedAt)}`)
        .commit(),
    ]);
  }

  async rebindTaskToken(task: ReviewTask, taskToken: string) {
    await this.e.task.patch(taskKey(task)).set({ taskToken }).go();
  }

  async markTaskMailed(task: ReviewTask, at: string) {
    await this.e.task.patch(taskKey(task)).set({ mailedAt: at }).go();
  }

  async markDelivered(task: ReviewTask) {
    await this.e.task.patch(taskKey(task)).set({ delivered: true, deliveryState: "delivered", createdAt: task.createdAt }).go();
  }

  async listUndeliveredDecisions() {
    const { data } = await this.e.task.query.byDelivery({ deliveryState: "undelivered" }).go({ pages: "all" });
    return data.map(toTask);
  }

  async listPendingTasks(before?: string) {
    const query = this.e.task.query.byDelivery({ deliveryState: "pending" });
    const { data } = await (before ? query.lt({ createdAt: before }) : query).go({ pages: "all" });
    return data.map(toTask).filter((t) => t.status === "pending");
  }

  async claimReminder(task: ReviewTask, at: string, previous: string | undefined) {
    try {
      await this.e.task
        .patch(taskKey(task))
        .set({ remindedAt: at })
        .where((a, op) => [op.eq(a.status, "pending"), previous ? op.eq(a.remindedAt, previous) : op.notExists(a.remindedAt)].join(" AND "))
        .go();
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async releaseReminder(task: ReviewTask, at: string, previous: string | undefined) {
    const patch = this.e.task.patch(taskKey(task));
    try {
      if (previous) await patch.set({ remindedAt: previous }).where((a, op) => op.eq(a.remindedAt, at)).go();
      else await patch.remove(["remindedAt"]).where((a, op) => op.eq(a.remindedAt, at)).go();
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async putReviewLinks(links: ReviewLink[]) {
    if (links.length) await this.e.reviewLink.put(links.map(stripUndefined)).go();
  }

  async getReviewLink(linkHash: string) {
    const { data } = await this.e.reviewLink.get({ linkHash }).go();
    return data ? (data as ReviewLink) : undefined;
  }

  async listTaskLinks(itemId: string, round: number, stage: Stage) {
    const { data } = await this.e.reviewLink.query.byTask({ itemId, round, stage }).go({ pages: "all" });
    return data as ReviewLink[];
  }

  async markLinkMailed(link: ReviewLink, at: string) {
    await this.e.reviewLink.patch({ linkHash: link.linkHash }).set({ mailedAt: at }).go();
  }

  async closeLinks(links: ReviewLink[]) {
    if (links.length) await this.e.reviewLink.put(links.map((l) => stripUndefined({ ...l, state: "closed" as const }))).go();
  }

  async listOpenLinks(reviewerId: string) {
    const { data } = await this.e.reviewLink.query.byReviewer({ reviewerId, state: "open" }).go({ pages: "all" });
    return data as ReviewLink[];
  }

  markStuck(stuck: StuckReview) {
    return txWrite("stuck", (tx) => [tx.stuckReview.put({ ...stuck }).commit()]);
  }

  clearStuck(kind: string, itemId: string) {
    return txWrite("stuck", (tx) => [tx.stuckReview.delete({ kind, itemId }).commit()]);
  }

  async getStuck(kind: string, itemId: string) {
    const { data } = await this.e.stuckReview.get({ kind, itemId }).go();
    return data ? (data as StuckReview) : undefined;
  }

  async listStuck() {
    const { data } = await this.e.stuckReview.query.all({}).go({ pages: "all" });
    return data as StuckReview[];
  }
}
