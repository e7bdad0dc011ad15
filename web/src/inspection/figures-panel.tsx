/** @jsxImportSource hono/jsx/dom */
import { answerRows, figureRows, type AnnualReport, type ReportFigures } from "@beian/core";
import { formatTime } from "../ui/time.js";

/** Label / value rows as a read-only table. */
export function RowsTable(props: { rows: [string, string][]; testId: string; caption: string }) {
  return (
    <table class="facts" data-testid={props.testId}>
      <caption class="visually-hidden">{props.caption}</caption>
      <tbody>
        {props.rows.map(([label, value]) => (
          <tr>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the system knows about the account's year, read-only (live until submitted, then as frozen). */
export function FiguresPanel(props: { figures?: ReportFigures; live: boolean }) {
  const f = props.figures;
  return (
    <section class="report-figures" aria-labelledby="figures-heading">
      <h2 id="figures-heading">系统数据（只读）</h2>
      {f ? (
        <>
          <p class="hint">{props.live ? `截至 ${formatTime(f.computedAt)}，提交时将按提交时的数据固定。` : `提交时（${formatTime(f.computedAt)}）固定的数据。`}</p>
          <RowsTable rows={figureRows(f)} testId="report-figures" caption="系统数据" />
          <h3>账号备案信息</h3>
          <RowsTable
            rows={[
              ["账号", `${f.account.platformLabel}「${f.account.accountName}」`],
              ["备案编号", f.account.filingNumber],
              ["状态", f.account.status],
              ["主管领导", f.account.leader],
              ["后台管理人员", f.account.administrators],
            ]}
            testId="report-account"
            caption="账号备案信息"
          />
          {f.changes.length ? (
            <>
              <h3>本年度账号记录</h3>
              <RowsTable rows={f.changes.map((c) => [formatTime(c.at).slice(0, 10), c.detail ? `${c.label}：${c.detail}` : c.label])} testId="report-changes" caption="本年度账号记录" />
            </>
          ) : null}
        </>
      ) : (
        <p class="hint">账号已不在登记中，无系统数据。</p>
      )}
    </section>
  );
}

/** The unit's answers, read-only (after submission). */
export const AnswersPanel = (props: { report: AnnualReport }) => (
  <section class="answers">
    <h2>单位填报</h2>
    {props.report.answers?.rectificationReport ? <RowsTable rows={[["整改报告", props.report.answers.rectificationReport]]} testId="report-rectification" caption="整改报告" /> : null}
    <RowsTable rows={answerRows(props.report.answers)} testId="report-answers" caption="单位填报" />
  </section>
);
