import { h } from "../dom.js";
import { DECISION_LABELS, formatTime, STAGE_ORDER, stageLabel } from "../format.js";
import type { Filing, TaskSummary } from "../types.js";

type StepState = "done" | "current" | "returned" | "rejected" | "waiting" | "skipped";

const STATE_TEXT: Record<StepState, string> = {
  done: "已通过",
  current: "审核中",
  returned: "退回修改",
  rejected: "不予通过",
  waiting: "待审核",
  skipped: "未进行",
};

function stateOf(filing: Filing, index: number): StepState {
  const current = STAGE_ORDER.indexOf(filing.stage);
  if (filing.status === "filed" || index < current) return "done";
  if (index > current) return filing.status === "in_review" ? "waiting" : "skipped";
  if (filing.status === "in_review") return "current";
  return filing.status === "rejected" ? "rejected" : "returned";
}

/** 初审 → 复审 → 终审 for the filing's current round, with who holds or decided each stage. */
export function stageProgress(filing: Filing, tasks: TaskSummary[]): HTMLElement {
  const roundTasks = tasks.filter((t) => t.round === filing.round);
  return h(
    "ol",
    { class: "stages", "aria-label": `审核进度（第 ${filing.round} 轮）` },
    STAGE_ORDER.map((stage, index) => {
      const state = stateOf(filing, index);
      const task = roundTasks.find((t) => t.stage === stage);
      const detail = task
        ? task.status === "decided"
          ? `${task.reviewerName} · ${task.decision ? DECISION_LABELS[task.decision] : ""} · ${formatTime(task.decidedAt)}`
          : task.status === "expired"
            ? `${task.reviewerName} · 超时未处理`
            : `审核人：${task.reviewerName}`
        : "";
      return h(
        "li",
        { class: `stage stage-${state}`, "data-stage": stage, "data-state": state, "aria-current": state === "current" ? "step" : undefined },
        h("span", { class: "stage-dot", "aria-hidden": "true" }, state === "done" ? "✓" : state === "returned" || state === "rejected" ? "!" : String(index + 1)),
        h("span", { class: "stage-name" }, stageLabel(stage)),
        h("span", { class: "stage-state" }, STATE_TEXT[state]),
        detail ? h("span", { class: "stage-detail" }, detail) : null,
      );
    }),
  );
}
