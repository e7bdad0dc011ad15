/** @jsxImportSource hono/jsx/dom */
import { STAGES } from "@beian/core";
import { decisionLabel, stageLabel } from "../ui/labels.js";
import { formatTime } from "../ui/time.js";
import type { FilingRow, TaskSummary } from "./api.js";

type StepState = "done" | "current" | "returned" | "rejected" | "waiting" | "skipped";

const STATE_TEXT: Record<StepState, string> = {
  done: "已通过",
  current: "审核中",
  returned: "退回修改",
  rejected: "不予通过",
  waiting: "待审核",
  skipped: "未进行",
};

function stateOf(filing: FilingRow, index: number): StepState {
  const current = STAGES.indexOf(filing.stage);
  if (filing.status === "filed" || index < current) return "done";
  if (index > current) return filing.status === "in_review" ? "waiting" : "skipped";
  if (filing.status === "in_review") return "current";
  return filing.status === "rejected" ? "rejected" : "returned";
}

function detailOf(task: TaskSummary | undefined): string {
  if (!task) return "";
  if (task.status === "decided") return `${task.reviewerName} · ${decisionLabel(task.decision)} · ${formatTime(task.decidedAt)}`;
  if (task.status === "expired") return `${task.reviewerName} · 超时未处理`;
  return `审核人：${task.reviewerName}`;
}

/** 初审 → 复审 → 终审 for the filing's current round, with who holds or decided each stage. */
export function StageProgress({ filing, tasks }: { filing: FilingRow; tasks: TaskSummary[] }) {
  const roundTasks = tasks.filter((t) => t.round === filing.round);
  return (
    <ol class="stages" aria-label={`审核进度（第 ${filing.round} 轮）`}>
      {STAGES.map((stage, index) => {
        const state = stateOf(filing, index);
        const detail = detailOf(roundTasks.find((t) => t.stage === stage));
        return (
          <li class={`stage stage-${state}`} data-stage={stage} data-state={state} aria-current={state === "current" ? "step" : undefined}>
            <span class="stage-dot" aria-hidden="true">
              {state === "done" ? "✓" : state === "returned" || state === "rejected" ? "!" : String(index + 1)}
            </span>
            <span class="stage-name">{stageLabel(stage)}</span>
            <span class="stage-state">{STATE_TEXT[state]}</span>
            {detail ? <span class="stage-detail">{detail}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
