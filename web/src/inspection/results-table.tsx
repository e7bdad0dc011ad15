/** @jsxImportSource hono/jsx/dom */
import type { ReportRow } from "@beian/core";
import { FilingNumber } from "../ui/filing-number.js";
import { platformLabel } from "../ui/labels.js";
import { inspectionHref } from "./api.js";

/** Reports as a table: the account, its report's state, the result and what followed. */
export function ResultsTable(props: { items: ReportRow[]; testId: string; action?: (row: ReportRow) => string | undefined }) {
  return (
    <div class="table-wrap">
      <table class="data-table" data-testid={props.testId}>
        <caption class="visually-hidden">年度报告</caption>
        <thead>
          <tr>
            {["账号", "平台", "备案编号", "报告状态", "检查结果", "处理结果", "截止 / 整改期至"].map((t) => (
              <th scope="col">{t}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.items.map((r) => (
            <tr data-testid="report-row" data-report-id={r.reportId} data-status={r.status} data-outcome={r.outcome}>
              <td data-label="账号">
                <a href={inspectionHref.report(r.reportId)}>{r.accountName}</a>
                {props.action?.(r) ? <span class="badge badge-todo">{props.action(r)}</span> : null}
              </td>
              <td data-label="平台">{platformLabel(r.platform)}</td>
              <td data-label="备案编号">
                <FilingNumber value={r.filingNumber} />
              </td>
              <td data-label="报告状态">{r.statusLabel}</td>
              <td data-label="检查结果">{r.resultLabel ? `${r.resultLabel}（${r.score} 分）` : "—"}</td>
              <td data-label="处理结果">
                {r.outcomeLabel}
                {r.suspendReason ? <span class="hint block">{r.suspendReason}</span> : null}
              </td>
              <td data-label="截止 / 整改期至">{r.graceUntil ? `整改期至 ${r.graceUntil}` : r.deadline ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
