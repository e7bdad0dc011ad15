import type { ReviewOutcome } from "../review/kind.js";
import { DECISION_LABELS, STAGE_LABELS, type Stage } from "../review/stages.js";
import { REPORT_OUTCOME_LABELS, type AnnualReport } from "./annual-report.js";
import { INSPECTION_RESULT_LABELS } from "./indicators.js";

export const reportTitle = (report: Pick<AnnualReport, "accountName" | "year" | "accountId">) => report.accountName ?? `${report.year} 年度报告`;

/** What the operator who submitted is told when the report's review ends (`report` as it is after the outcome). */
export function reportOutcomeNotice(report: AnnualReport, outcome: ReviewOutcome, stage: Stage) {
  const title = reportTitle(report);
  const lines = [`账号：「${title}」（备案编号 ${report.filingNumber ?? ""}），${report.year} 年度报告`];
  const consequence = `处理结果：${REPORT_OUTCOME_LABELS[report.outcome]}。`;
  if (outcome === "approved") {
    const result = report.result ? INSPECTION_RESULT_LABELS[report.result] : "";
    lines.push(`年度报告已通过初审、复审、终审，检查结果：${result}（${report.score ?? ""} 分）。`, consequence);
    if (report.outcome === "suspended") lines.push(`请在 ${report.graceUntil}（含当日）前提交整改报告并获审核通过，逾期账号将被注销。`);
    return { subject: `年度检查结果：${title}（${result}）`, lines, linkLabel: "查看年度报告" };
  }
  if (outcome === "timed_out") {
    lines.push(`您提交的年度报告在${STAGE_LABELS[stage]}环节超过审核时限未处理，已退回，请重新提交。`, consequence);
    return { subject: `年度报告审核超时退回：${title}`, lines, linkLabel: "查看年度报告" };
  }
  lines.push(`${STAGE_LABELS[report.stage]}结果：${report.lastDecision ? DECISION_LABELS[report.lastDecision] : ""}。`, `审核意见：${report.lastComment ?? "（无）"}`, consequence);
  if (report.status === "returned" && report.outcome === "open") lines.push("请根据审核意见修改后在截止日期前重新提交。");
  const verb = report.status === "returned" ? "被退回修改" : report.status === "rejected" ? "未通过" : "已撤回";
  return { subject: `年度报告${verb}：${title}`, lines, linkLabel: "查看年度报告" };
}
