import type { ReviewOutcome } from "../review/kind.js";
import { DECISION_LABELS, STAGE_LABELS, type Stage } from "../review/stages.js";
import { PLATFORMS } from "../shared/platforms.js";
import { FILING_KIND_LABELS, FILING_STATUS_LABELS, type Filing } from "./filing.js";

export const accountLine = (f: Filing) => `账号：${PLATFORMS[f.platform].label}「${f.data.accountName}」（${f.data.platformAccountId}）`;

/** What the operator is told when a filing's review ends (`filing` as it is after the outcome). */
export function filingOutcomeNotice(filing: Filing, outcome: ReviewOutcome, stage: Stage) {
  const kind = FILING_KIND_LABELS[filing.kind];
  const status = filing.status === "filed" && filing.kind !== "open" ? "已办结" : FILING_STATUS_LABELS[filing.status];
  const lines = [accountLine(filing)];
  if (outcome === "approved") {
    lines.push(
      filing.kind === "open"
        ? `您提交的开设备案申请已通过三审，账号已备案。备案编号：${filing.filingNumber}。`
        : filing.kind === "change"
          ? `您提交的变更备案申请已通过三审，备案信息已更新（备案编号 ${filing.filingNumber}）。`
          : `您提交的注销备案申请已通过三审，账号已注销并将予以公告（备案编号 ${filing.filingNumber}）。`,
    );
  } else if (outcome === "timed_out") {
    lines.push(`您提交的${kind}申请在${STAGE_LABELS[stage]}环节超过审核时限未处理，已退回。请修改或直接重新提交。`);
  } else {
    lines.push(`您提交的${kind}申请${STAGE_LABELS[filing.stage]}结果：${filing.lastDecision ? DECISION_LABELS[filing.lastDecision] : ""}。`);
    lines.push(`审核意见：${filing.lastComment ?? "（无）"}`);
    if (filing.status === "returned") lines.push("请根据审核意见修改后重新提交。");
  }
  return { subject: `${filing.kind === "open" ? "备案" : kind}${status}：${filing.data.accountName}`, lines, linkLabel: "查看备案详情" };
}
