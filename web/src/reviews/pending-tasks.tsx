/** @jsxImportSource hono/jsx/dom */
import { STAGE_LABELS } from "@beian/core";
import { useState } from "hono/jsx/dom";
import { errorWithFields } from "../ui/api-client.js";
import { Notice } from "../ui/notice.js";
import { formatTime } from "../ui/time.js";
import { reviewApi, type PendingTask, type Reviewer } from "./api.js";

/** 待处理的审核任务: an admin hands a pending stage to another reviewer. */
export function PendingTasks(props: { tasks: PendingTask[]; reviewers: Reviewer[]; onDone: () => void }) {
  const [failure, setFailure] = useState("");
  if (props.tasks.length === 0) return <p class="empty">暂无待处理的审核任务。</p>;
  return (
    <>
      <div aria-live="polite">{failure ? <Notice tone="err">{failure}</Notice> : null}</div>
      <div class="table-wrap">
        <table class="data-table" data-testid="pending-tasks">
          <caption class="visually-hidden">待处理的审核任务</caption>
          <thead>
            <tr>
              {["事项", "主办单位", "环节", "审核人", "开始于", "转交给"].map((t) => (
                <th scope="col">{t}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.tasks.map((t) => (
              <ReassignRow task={t} reviewers={props.reviewers} onDone={props.onDone} onFail={setFailure} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ReassignRow(props: { task: PendingTask; reviewers: Reviewer[]; onDone: () => void; onFail: (message: string) => void }) {
  const { task: t } = props;
  const [to, setTo] = useState("");
  const id = `reassign-${t.itemId}-${t.stage}`;
  const reassign = async () => {
    if (!to) return;
    try {
      await reviewApi.reassign(t, to);
      props.onDone();
    } catch (error) {
      props.onFail(errorWithFields(error));
    }
  };
  return (
    <tr>
      <td data-label="事项">
        <a href={t.pagePath}>{`${t.kindLabel}：${t.title}`}</a>
      </td>
      <td data-label="主办单位">{t.unitName}</td>
      <td data-label="环节">{`${STAGE_LABELS[t.stage]}（第 ${t.round} 轮）`}</td>
      <td data-label="审核人">{t.unassigned ? <strong class="text-warn">无可用审核人，请转交</strong> : t.assignees.map((a) => a.name).join("、")}</td>
      <td data-label="开始于">{formatTime(t.since)}</td>
      <td data-label="转交给">
        <label for={`${id}-to`} class="visually-hidden">{`${t.title}${STAGE_LABELS[t.stage]}转交给`}</label>
        <select id={`${id}-to`} data-testid={`reassign-to-${t.itemId}-${t.stage}`} value={to} onChange={(e: Event) => setTo((e.target as HTMLSelectElement).value)}>
          <option value="">选择审核人</option>
          {props.reviewers.map((r) => (
            <option value={r.personId} selected={r.personId === to}>
              {r.name}
            </option>
          ))}
        </select>
        <button type="button" class="btn btn-secondary" data-testid={id} onClick={reassign}>
          转交
        </button>
      </td>
    </tr>
  );
}
