import { api, ApiError } from "../api.js";
import { h } from "../dom.js";
import { DECISION_LABELS, formatTime, stageLabel } from "../format.js";
import { KIND_LABELS } from "../account-format.js";
import type { AuditEntry, FilingKind } from "../types.js";

/** One audit record in words an operator understands. */
export function describe(entry: AuditEntry): { title: string; lines: string[] } {
  const d = entry.details ?? {};
  const round = typeof d.round === "number" ? `（第 ${d.round} 轮）` : "";
  const stage = stageLabel(d.stage);
  const comment = d.comment ? [`意见：${d.comment}`] : [];
  const changes = (d.changes ?? []).map((c) => `${c.field}：${c.before} → ${c.after}`);
  const reason = typeof d.reason === "string" && d.reason ? [`事由：${d.reason}`] : [];
  const kind = typeof d.kind === "string" && d.kind in KIND_LABELS ? KIND_LABELS[d.kind as FilingKind] : "备案";
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
    case "review_assigned":
      return { title: `分派审核：${stage}${round}`, lines: d.reviewerName ? [`审核人：${d.reviewerName}`] : [] };
    case "review_decided":
      return {
        title: `审核决定：${stage} ${d.decision ? DECISION_LABELS[d.decision] : ""}`.trim(),
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

export function timeline(history: AuditEntry[]): HTMLElement {
  if (!history.length) return h("p", { class: "hint" }, "暂无记录。");
  return h(
    "ol",
    { class: "timeline" },
    [...history]
      .sort((a, b) => a.seq - b.seq)
      .map((entry) => {
        const { title, lines } = describe(entry);
        return h(
          "li",
          {
            class: `timeline-entry action-${entry.action}${entry.details?.decision ? ` decision-${entry.details.decision}` : ""}`,
            "data-testid": "history-entry",
            "data-action": entry.action,
          },
          h("time", { datetime: entry.at }, formatTime(entry.at)),
          h("div", { class: "timeline-body" }, h("p", { class: "timeline-title" }, h("strong", {}, title), h("span", { class: "actor" }, entry.actorName)), lines.map((l) => h("p", { class: "timeline-line" }, l))),
        );
      }),
  );
}

/** 校验审计链: the server recomputes the hash chain; the page only reports the verdict. */
export function auditVerifier(filingId: string): HTMLElement {
  const button = h("button", { type: "button", class: "btn btn-secondary btn-small", "data-testid": "verify-audit" }, "校验审计链");
  const result = h("span", { class: "verify-result", role: "status", "data-testid": "audit-result" });
  button.addEventListener("click", async () => {
    button.disabled = true;
    result.className = "verify-result";
    result.textContent = "正在校验…";
    try {
      const verdict = await api.verifyAudit(filingId);
      result.classList.add(verdict.ok ? "ok" : "err");
      result.dataset.ok = String(verdict.ok);
      result.textContent = verdict.ok
        ? `完整：共 ${verdict.count} 条记录，哈希链校验通过`
        : `被篡改：第 ${verdict.brokenAt ?? "?"} 条记录起校验失败（共 ${verdict.count} 条）`;
    } catch (error) {
      result.classList.add("err");
      result.textContent = error instanceof ApiError ? error.message : "校验失败，请稍后重试";
    } finally {
      button.disabled = false;
    }
  });
  return h("div", { class: "verify" }, button, result);
}
