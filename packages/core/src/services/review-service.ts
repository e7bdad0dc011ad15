import { conflict, DomainError, gone, notFound } from "../errors.js";
import type { Filing } from "../filing.js";
import type { FieldChange } from "../filing-diff.js";
import { StoreConflict, type Deps } from "../ports.js";
import { afterDecision, assertMayDecide, pickReviewer, validateDecision, type DecisionInput, type PriorDecision } from "../review-rules.js";
import type { OpenStageRequest, ReviewOutcomeRequest, ReviewTask } from "../review-task.js";
import { digest, mintOpaqueId, OPAQUE_ID_PATTERN } from "../secrets.js";
import { DECISIONS, FILING_CHECKLISTS, STAGE_LABELS, type Decision } from "../stages.js";
import { appendAudit, SYSTEM_ACTOR } from "./audit-append.js";
import { registerEffectsOf } from "./register-effects.js";
import { outcomeMail, reviewRequestMail } from "./emails.js";

const priorDecisions = (tasks: ReviewTask[]): PriorDecision[] =>
  tasks.filter((t) => t.status === "decided").map((t) => ({ stage: t.stage, personId: t.reviewerId }));

/** Errors from SendTaskSuccess meaning the execution no longer waits for this decision. */
const CLOSED_TASK_ERRORS = new Set(["TaskTimedOut", "InvalidToken", "TaskDoesNotExist"]);

/** The three-stage review: opening stages, the emailed decision links, outcomes and re-delivery. */
export function reviewService(deps: Deps) {
  const { store, mailer, workflow, clock, config, log, newId } = deps;

  const registerEffects = registerEffectsOf(deps);
  const reviewHref = (linkId: string) => `${config.baseUrl}/review/${linkId}`;

  async function unitName(unitId: string) {
    return (await store.getUnit(unitId))?.name ?? unitId;
  }

  async function mailReviewer(task: ReviewTask, filing: Filing, linkId: string) {
    await mailer.send(reviewRequestMail(task.reviewerEmail, task.reviewerName, filing, await unitName(filing.unitId), task.stage, reviewHref(linkId), task.linkExpiresAt));
    await store.markTaskMailed(task, clock.now().toISOString());
  }

  function newLink() {
    const linkId = mintOpaqueId();
    const linkExpiresAt = new Date(clock.now().getTime() + config.approvalLinkTtlHours * 3_600_000).toISOString();
    return { linkId, linkHash: digest(linkId), linkExpiresAt };
  }

  async function deliver(task: ReviewTask & { decision: Decision }) {
    try {
      await workflow.sendTaskSuccess(task.taskToken, { decision: task.decision });
    } catch (error) {
      const name = (error as Error).name;
      if (!CLOSED_TASK_ERRORS.has(name)) throw error;
      log.warn("decision not delivered: workflow no longer waits for it", { itemId: task.itemId, round: task.round, stage: task.stage, error: name });
    }
    await store.markDelivered(task);
  }

  async function findByLink(linkId: string) {
    if (!OPAQUE_ID_PATTERN.test(linkId)) throw notFound("LINK_NOT_FOUND", "审核链接无效");
    const task = await store.findTaskByLinkHash(digest(linkId));
    if (!task) throw notFound("LINK_NOT_FOUND", "审核链接无效或已被替换");
    const filing = await store.getFiling(task.itemId);
    if (!filing) throw notFound("LINK_NOT_FOUND", "审核链接对应的事项不存在");
    return { task, filing };
  }

  return {
    /**
     * Called by the workflow's wait state. Idempotent per item, round and stage: a retry or a
     * resumed execution reuses the task (rebinding a new token) and never mails the reviewer twice.
     */
    async openStage(request: OpenStageRequest): Promise<void> {
      const { itemId, round, stage, taskToken } = request;
      const existing = await store.getTask(itemId, round, stage);
      if (existing) {
        if (existing.taskToken !== taskToken) await store.rebindTaskToken(existing, taskToken);
        const task = { ...existing, taskToken };
        if (task.status === "decided" && !task.delivered) await deliver(task as ReviewTask & { decision: Decision });
        if (task.status === "pending" && !task.mailedAt) {
          const filing = await store.getFiling(itemId);
          const link = newLink();
          await store.setTaskLink(task, link.linkHash, link.linkExpiresAt);
          if (filing) await mailReviewer({ ...task, ...link }, filing, link.linkId);
        }
        return;
      }
      const filing = await store.getFiling(itemId);
      if (!filing || filing.round !== round || filing.status !== "in_review" || filing.stage !== stage) {
        throw new DomainError("conflict", "STALE_REVIEW_STAGE", `no open ${stage} stage for ${itemId} round ${round}`);
      }
      const prior = priorDecisions(await store.listTasks(itemId));
      const reviewer = pickReviewer(await store.listStageReviewers(stage), stage, filing.submittedBy, prior);
      if (!reviewer) throw new DomainError("conflict", "NO_ELIGIBLE_REVIEWER", `no eligible ${stage} reviewer for ${itemId}`);
      const now = clock.now().toISOString();
      const link = newLink();
      const task: ReviewTask = {
        itemId,
        round,
        stage,
        status: "pending",
        reviewerId: reviewer.personId,
        reviewerName: reviewer.name,
        reviewerEmail: reviewer.email,
        taskToken,
        linkHash: link.linkHash,
        linkExpiresAt: link.linkExpiresAt,
        createdAt: now,
      };
      const next = appendAudit(filing, SYSTEM_ACTOR, "review_assigned", { round, stage, reviewerName: reviewer.name }, now);
      try {
        await store.commitFilingChange({ ...next, expectedAuditSeq: filing.auditSeq, expectedStatus: "in_review", openTask: task });
      } catch (error) {
        // A concurrent invocation opened it first; that one mails the reviewer.
        if (error instanceof StoreConflict) return;
        throw error;
      }
      await mailReviewer(task, next.filing, link.linkId);
    },

    /** What the confirm page shows. Reading never changes anything (mail scanners prefetch links). */
    async viewByLink(linkId: string) {
      const { task, filing } = await findByLink(linkId);
      const expired = task.status === "pending" && clock.now().toISOString() > task.linkExpiresAt;
      const [tasks, audit] = await Promise.all([store.listTasks(filing.filingId), store.listAudit(filing.filingId)]);
      const resubmission = audit.find((r) => r.action === "filing_resubmitted" && r.details.round === task.round);
      return {
        task,
        filing,
        unitName: await unitName(filing.unitId),
        checklist: FILING_CHECKLISTS[task.stage],
        state: expired ? ("expired" as const) : task.status,
        /** Earlier stages of this round, so a later stage sees what was already decided. */
        earlierDecisions: tasks.filter((t) => t.round === task.round && t.status === "decided" && t.stage !== task.stage),
        changes: (resubmission?.details.changes as FieldChange[] | undefined) ?? [],
        transferUnitName: filing.transferToUnitId ? await unitName(filing.transferToUnitId) : undefined,
      };
    },

    async decide(linkId: string, input: DecisionInput) {
      if (!DECISIONS.includes(input.decision)) {
        throw new DomainError("validation", "VALIDATION_FAILED", "请选择审核结论", [{ field: "decision", code: "INVALID_CHOICE", message: "审核结论无效" }]);
      }
      const { task, filing } = await findByLink(linkId);
      if (task.status === "decided") throw conflict("ALREADY_DECIDED", `该${STAGE_LABELS[task.stage]}已由${task.reviewerName}处理，无需重复操作`);
      if (task.status === "expired") throw gone("TASK_EXPIRED", "该审核环节已超时关闭");
      const now = clock.now();
      if (now.toISOString() > task.linkExpiresAt) throw gone("LINK_EXPIRED", "审核链接已过期，请联系归口管理部门");
      assertMayDecide(task, filing.submittedBy, priorDecisions(await store.listTasks(filing.filingId)));
      validateDecision(task.stage, input);

      const at = now.toISOString();
      const comment = input.comment.trim();
      const outcome = afterDecision(task.stage, input.decision);
      const decided: ReviewTask = { ...task, status: "decided", decision: input.decision, comment, checklist: input.checklist, decidedAt: at, delivered: false };
      const actor = { id: task.reviewerId, name: task.reviewerName };
      const effect = await registerEffects.ofDecision(filing, outcome.status, actor, at);
      const next = appendAudit(
        { ...filing, ...outcome, lastDecision: input.decision, lastComment: comment || undefined, ...effect.filingPatch },
        actor,
        "review_decided",
        { round: task.round, stage: task.stage, decision: input.decision, comment, checklist: input.checklist, ...effect.auditDetails },
        at,
      );
      try {
        await store.commitFilingChange({
          ...next,
          expectedAuditSeq: filing.auditSeq,
          expectedStatus: "in_review",
          decideTask: decided,
          ...effect.change,
        });
      } catch (error) {
        if (error instanceof StoreConflict && error.part === "account") throw conflict("ACCOUNT_CHANGED", "账号状态刚发生变化（如被停用或恢复），本次决定未生效，请刷新后重试");
        if (error instanceof StoreConflict) throw conflict("ALREADY_DECIDED", "该审核环节已被处理，本次操作未生效");
        throw error;
      }
      try {
        await deliver(decided as ReviewTask & { decision: Decision });
      } catch (error) {
        // The decision stands; the sweep re-delivers it to the workflow.
        log.error("SendTaskSuccess failed; left for the re-delivery sweep", { itemId: task.itemId, error: String(error) });
      }
      return { filing: next.filing, task: decided };
    },

    /** The workflow's last step: close timed-out stages and tell the operator how it ended. */
    async reportOutcome(request: ReviewOutcomeRequest): Promise<{ status: string }> {
      let filing = await store.getFiling(request.itemId);
      if (!filing || filing.round !== request.round) return { status: "stale" };
      if (request.timedOutStage) {
        const task = await store.getTask(request.itemId, request.round, request.timedOutStage);
        if (filing.status === "in_review") {
          const at = clock.now().toISOString();
          const comment = `${STAGE_LABELS[request.timedOutStage]}超过审核时限未处理，系统自动退回`;
          const next = appendAudit({ ...filing, status: "returned", lastComment: comment, lastDecision: "return" }, SYSTEM_ACTOR, "review_timed_out", { round: request.round, stage: request.timedOutStage, comment }, at);
          await store.commitFilingChange({
            ...next,
            expectedAuditSeq: filing.auditSeq,
            expectedStatus: "in_review",
            ...(task && task.status === "pending" ? { expireTask: { ...task, status: "expired" } } : {}),
          });
          filing = next.filing;
        }
      }
      const operator = await store.getPerson(filing.submittedBy);
      if (operator) await mailer.send(outcomeMail(operator.email, operator.name, filing, `${config.baseUrl}/#/filings/${filing.filingId}`, request.timedOutStage));
      return { status: filing.status };
    },

    /** Sweep: decisions written but not yet accepted by the workflow (SendTaskSuccess failed). */
    async redeliverDecisions(): Promise<number> {
      const pending = await store.listUndeliveredDecisions();
      for (const task of pending) await deliver(task as ReviewTask & { decision: Decision });
      return pending.length;
    },
  };
}

export type ReviewService = ReturnType<typeof reviewService>;
