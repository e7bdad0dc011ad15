/** @jsxImportSource hono/jsx/dom */
import { DECISION_LABELS, INSPECTION_RESULT_LABELS, STAGE_LABELS } from "@beian/core";
import type { ViewProps } from "../shell/route.js";
import { LoadError, Loading, Notice } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { formatTime } from "../ui/time.js";
import { useLoad } from "../ui/use-load.js";
import { inspectionApi, inspectionHref, type ReportDetail } from "./api.js";
import { AnswersPanel, FiguresPanel } from "./figures-panel.js";
import { ReportForm } from "./report-form.js";

/**
 * One annual report: the system's figures, read-only, beside what the unit fills in (a form while
 * it may still submit, its answers after), the review so far and the result.
 */
export function ReportView({ params, person }: ViewProps) {
  const detail = useLoad(() => inspectionApi.report(params.id), [params.id]);
  const back = person.roles.includes("operator") ? inspectionHref.reports() : inspectionHref.campaigns();
  return (
    <>
      <div class="page-head">
        <PageTitle>
          {detail.state === "ok" ? `${detail.data.row.accountName} ${detail.data.report.year} 年度${detail.data.phase === "rectification" ? "整改报告" : "报告"}` : "年度报告"}
        </PageTitle>
        <a class="btn btn-secondary" href={back}>
          返回
        </a>
      </div>
      {detail.state === "loading" ? <Loading /> : null}
      {detail.state === "error" ? <LoadError error={detail.error} /> : null}
      {detail.state === "ok" ? <ReportBody detail={detail.data} onSubmitted={detail.reload} /> : null}
    </>
  );
}

function ReportBody(props: { detail: ReportDetail; onSubmitted: () => void }) {
  const { detail } = props;
  const { report, row } = detail;
  return (
    <>
      <section class="card" data-testid="report-status">
        <dl class="summary">
          <div>
            <dt>主办单位</dt>
            <dd>{detail.unitName}</dd>
          </div>
          <div>
            <dt>报告状态</dt>
            <dd data-testid="report-status-label">{row.statusLabel}</dd>
          </div>
          <div>
            <dt>处理结果</dt>
            <dd data-testid="report-outcome">{row.outcomeLabel}</dd>
          </div>
          <div>
            <dt>{detail.phase === "rectification" ? "整改期至" : "提交截止日期"}</dt>
            <dd>{detail.phase === "rectification" ? report.graceUntil : row.deadline}</dd>
          </div>
          <div>
            <dt>检查结果</dt>
            <dd>{report.result ? `${INSPECTION_RESULT_LABELS[report.result]}（${report.score} 分）` : "—"}</dd>
          </div>
        </dl>
        {detail.phase === "rectification" && report.suspendReason ? <Notice tone="warn">账号已停用（{row.suspendReason}）。请在整改期内提交整改报告，审核通过（合格或基本合格）后账号即恢复；逾期未通过的将被注销。</Notice> : null}
        {!detail.editable && detail.notEditableReason ? <Notice tone="info">{detail.notEditableReason}</Notice> : null}
      </section>
      <div class="report-columns">
        <FiguresPanel figures={detail.figures} live={detail.figuresLive} />
        <div class="card report-side">{detail.editable ? <ReportForm detail={detail} onSubmitted={props.onSubmitted} /> : <AnswersPanel report={report} />}</div>
      </div>
      <ReviewProgress detail={detail} />
    </>
  );
}

function ReviewProgress(props: { detail: ReportDetail }) {
  const { tasks } = props.detail;
  if (!tasks.length) return null;
  return (
    <section class="card">
      <h2>审核情况</h2>
      <ol class="decisions" data-testid="report-tasks">
        {tasks.map((t) => (
          <li>
            第 {t.round} 轮{STAGE_LABELS[t.stage]}：{t.reviewerName}
            {t.onBehalfOfName ? `（代${t.onBehalfOfName}）` : ""} {t.decision ? DECISION_LABELS[t.decision] : "待审核"}
            {t.decidedAt ? `（${formatTime(t.decidedAt)}）` : ""}
            {t.comment ? `：${t.comment}` : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}
