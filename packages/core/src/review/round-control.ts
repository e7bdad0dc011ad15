import { requireRole, seesUnit } from "../directory/access.js";
import { abandonRound } from "./round-abandon.js";
import { hasRole, type Actor } from "../directory/people.js";
import { fail } from "../shared/errors.js";
import { StoreConflict } from "../shared/ports.js";
import { parseOrThrow } from "../shared/validation.js";
import type { ReviewKind, ReviewSubject } from "./kind.js";
import type { ReviewDeps } from "./review-deps.js";
import { reviewStartEvent } from "./review-events.js";
import { REASON_FIELD_LABELS, reasonInputSchema } from "./review-input.js";
import { commitReviewStep } from "./review-steps.js";

/**
 * What an admin or the unit can do about a round: list rounds whose workflow failed for good, an
 * admin restarts one, the unit withdraws (撤回) its item.
 */
export function roundControl(deps: ReviewDeps) {
  const { reviews, directory, kinds, effects, clock } = deps;

  async function loadItem(rawKind: string, itemId: string): Promise<{ kind: ReviewKind; subject: ReviewSubject }> {
    const kind = kinds.get(rawKind);
    const subject = kind ? await kind.load(itemId) : undefined;
    if (!kind || !subject) throw fail("ITEM_NOT_FOUND");
    return { kind, subject };
  }

  return {
    /** Rounds whose workflow failed for good, for the admins. */
    async listStuck(actor: Actor) {
      requireRole(actor, "admin");
      return reviews.listStuck();
    },

    /**
     * Starts the current round's workflow again (a new execution for the same round). Stages already
     * decided hand their stored decision to it at once; the waiting stage keeps its task and links.
     */
    async restart(actor: Actor, rawKind: string, itemId: string, body: unknown) {
      requireRole(actor, "admin");
      const { reason } = parseOrThrow(reasonInputSchema, body, REASON_FIELD_LABELS);
      const { kind, subject } = await loadItem(rawKind, itemId);
      if (subject.state.status !== "in_review") throw fail("NOT_IN_REVIEW");
      const stuck = await reviews.getStuck(kind.kind, itemId);
      const waiting = await reviews.getTask(itemId, subject.state.round, subject.state.stage);
      if (!stuck && waiting && waiting.status === "pending") throw fail("REVIEW_NOT_STUCK");
      const restarts = (subject.state.restarts ?? 0) + 1;
      const at = clock.now().toISOString();
      try {
        const step = await commitReviewStep(deps, kind, subject, {
          state: { restarts },
          action: "review_restarted",
          actor: { id: actor.personId, name: actor.name },
          details: { round: subject.state.round, stage: subject.state.stage, reason, restarts },
          at,
          writes: stuck ? [reviews.clearStuck(kind.kind, itemId)] : [],
          events: [reviewStartEvent(effects, kind.kind, { ...subject.state, restarts })],
        });
        await effects.run(step.events);
        return step.state;
      } catch (error) {
        if (error instanceof StoreConflict) throw fail("CONCURRENT_UPDATE");
        throw error;
      }
    },

    /** The unit takes its item back while it is in review: its task closes, its claims are released (by the kind). */
    async withdraw(actor: Actor, rawKind: string, itemId: string, body: unknown) {
      const { kind, subject } = await loadItem(rawKind, itemId);
      if (!hasRole(actor, "operator") || !(await seesUnit(directory, actor, subject.state.unitId))) throw fail("ITEM_NOT_FOUND");
      const { reason } = parseOrThrow(reasonInputSchema, body, REASON_FIELD_LABELS);
      if (subject.state.status !== "in_review" && subject.state.status !== "returned") throw fail("NOT_IN_REVIEW", "只有审核中或被退回的事项可以撤回");
      const at = clock.now().toISOString();
      const round = await abandonRound(deps, kind.kind, itemId, subject.state.round, subject.state.stage);
      const actorRef = { id: actor.personId, name: actor.name };
      const effect = await kind.onOutcome(subject, "withdrawn", { stage: subject.state.stage, actor: actorRef, at });
      try {
        const step = await commitReviewStep(deps, kind, subject, {
          state: { status: "withdrawn" },
          action: "review_withdrawn",
          actor: actorRef,
          details: { round: subject.state.round, stage: subject.state.stage, reason, ...effect.auditDetails },
          at,
          patch: effect.patch,
          writes: [...round.writes, ...(effect.writes ?? [])],
          events: [...(effect.events ?? []), ...round.events],
        });
        await round.closeLinks();
        await effects.run(step.events);
        return step.state;
      } catch (error) {
        if (error instanceof StoreConflict) throw fail("CONCURRENT_UPDATE");
        throw error;
      }
    },
  };
}
