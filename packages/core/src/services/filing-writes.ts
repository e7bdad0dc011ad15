import { conflict, type DomainError } from "../errors.js";
import { reviewExecutionName, type Filing } from "../filing.js";
import { StoreConflict, type ConflictPart, type Deps, type FilingChange } from "../ports.js";

const concurrentUpdate = () => conflict("CONCURRENT_UPDATE", "该备案申请刚被其他操作修改，请刷新后重试");

/** Writing a filing change and starting its review round, shared by every kind of filing. */
export function filingWrites(deps: Pick<Deps, "store" | "workflow">) {
  const { store, workflow } = deps;
  return {
    /** Commits atomically; a failed condition becomes the conflict the caller names for that part. */
    async commit(change: FilingChange, conflicts: Partial<Record<ConflictPart, () => DomainError>> = {}) {
      try {
        await store.commitFilingChange(change);
      } catch (error) {
        if (error instanceof StoreConflict) throw (conflicts[error.part] ?? concurrentUpdate)();
        throw error;
      }
    },

    /** One execution per filing and round: a double submit cannot start two. */
    async startReview(filing: Filing) {
      await workflow.start(reviewExecutionName(filing.filingId, filing.round), { itemType: "filing", itemId: filing.filingId, round: filing.round });
    },
  };
}
