import type { AnnualReport } from "./annual-report.js";

export interface Editability {
  editable: boolean;
  /** Why not, in the unit's words. */
  reason?: string;
  phase: "annual" | "rectification";
}

/**
 * When the unit may fill in and submit: the annual report until its deadline (while not in review);
 * after a suspension, the rectification report until the grace period ends.
 */
export function editability(report: Pick<AnnualReport, "status" | "outcome" | "graceUntil">, deadline: string | undefined, today: string): Editability {
  if (report.outcome === "suspended") {
    if (report.status === "in_review") return { editable: false, reason: "整改报告正在审核中", phase: "rectification" };
    if (report.graceUntil !== undefined && today > report.graceUntil) return { editable: false, reason: `整改期已于 ${report.graceUntil} 结束`, phase: "rectification" };
    return { editable: true, phase: "rectification" };
  }
  if (report.outcome !== "open") return { editable: false, reason: "本年度检查已办结", phase: "annual" };
  if (report.status === "in_review") return { editable: false, reason: "年度报告正在审核中", phase: "annual" };
  if (report.status !== "pending" && report.status !== "returned") return { editable: false, reason: "年度报告已办结", phase: "annual" };
  if (deadline !== undefined && today > deadline) return { editable: false, reason: `提交截止日期 ${deadline} 已过`, phase: "annual" };
  return { editable: true, phase: "annual" };
}
