import { FILING_KIND_LABELS, type AuditRecord, type Decision, type FieldChange, type FilingKind, type Stage } from "@beian/core";
import { decisionLabel, stageLabel } from "../ui/labels.js";

/** The details the page reads from a filing's or an account's audit record. */
interface Details {
  stage?: Stage;
  decision?: Decision;
  comment?: string;
  round?: number;
  filingNumber?: string;
  reviewerName?: string;
  reason?: string;
  kind?: string;
  changes?: FieldChange[];
}

/** One audit record in words an operator understands. */
export function describe(entry: Pick<AuditRecord, "action" | "details">): { title: string; lines: string[] } {
  const d = (entry.details ?? {}) as Details;
  const round = typeof d.round === "number" ? `（第 ${d.round} 轮）` : "";
  const stage = stageLabel(d.stage);
  const comment = d.comment ? [`意见：${d.comment}`] : [];
  const changes = (d.changes ?? []).map((c) => `${c.field}：${c.before} → ${c.after}`);
  const reason = typeof d.reason === "string" && d.reason ? [`事由：${d.reason}`] : [];
  const kind = typeof d.kind === "string" && d.kind in FILING_KIND_LABELS ? FILING_KIND_LABELS[d.kind as FilingKind] : "备案";
  switch (entry.action) {
    case "filing_submitted":
      return { title: `提交${kind}申请${round}`, lines: [...reason, ...changes] };
    case "filing_resubmitted":
      return { title: `修改后重新提交${round}`, lines: [...reason, ...changes] };
    case "account_suspended":
      return { title: "账号停用", lines: reason };
    case "account_restored":
      return { title: "账号恢复", lines: reason };
    case "account_changed":
      return { title: "变更备案办结，登记信息已更新", lines: [...reason, ...changes] };
    case "account_cancelled":
      return { title: "注销备案办结，账号已注销", lines: reason };
    case "account_filed":
      return { title: "开设备案办结，账号登记在册", lines: [] };
    case "account_imported":
      return { title: "批量导入登记", lines: [] };
    case "review_assigned":
      return { title: `分派审核：${stage}${round}`, lines: d.reviewerName ? [`审核人：${d.reviewerName}`] : [] };
    case "review_decided":
      return {
        title: `审核决定：${stage} ${decisionLabel(d.decision)}`.trim(),
        lines: [...comment, ...(d.filingNumber ? [`备案编号：${d.filingNumber}`] : [])],
      };
    case "review_timed_out":
      return { title: `审核超时：${stage}，系统自动退回修改`, lines: comment };
    case "filing_filed":
      return { title: "完成备案", lines: d.filingNumber ? [`备案编号：${d.filingNumber}`] : [] };
    default:
      return { title: entry.action, lines: comment };
  }
}
