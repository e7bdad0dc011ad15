import type { ReviewOutcome } from "../review/kind.js";
import { DECISION_LABELS, STAGE_LABELS, type Stage } from "../review/stages.js";
import { DRAFT_STATUS_LABELS, type ContentDraft } from "./draft.js";

/** What the operator is told when a draft's review ends (`draft` as it is after the outcome). */
export function contentOutcomeNotice(draft: ContentDraft, outcome: ReviewOutcome, stage: Stage) {
  const lines = [`稿件：「${draft.title}」`];
  if (outcome === "approved") {
    lines.push("您提交的稿件已通过初审、复审、终审，可以发布。发布后请在系统中登记各账号的发布网址和发布时间。");
    lines.push("注意：通过的是本次审核的版本，发布前如再修改，须重新送审。");
  } else if (outcome === "timed_out") {
    lines.push(`您提交的稿件在${STAGE_LABELS[stage]}环节超过审核时限未处理，已退回。请修改或直接重新提交。`);
  } else {
    lines.push(`您提交的稿件${STAGE_LABELS[draft.stage]}结果：${draft.lastDecision ? DECISION_LABELS[draft.lastDecision] : ""}。`);
    lines.push(`审核意见：${draft.lastComment ?? "（无）"}`);
    if (draft.status === "returned") lines.push("请根据审核意见修改后重新提交。");
  }
  return { subject: `稿件${DRAFT_STATUS_LABELS[draft.status]}：${draft.title}`, lines, linkLabel: "查看稿件" };
}
