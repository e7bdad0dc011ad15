/** @jsxImportSource hono/jsx/dom */
import type { Child } from "hono/jsx";
import type { SignedInPerson } from "../auth/api.js";
import type { ViewProps } from "../shell/route.js";
import { KindBadge, StatusBadge } from "../ui/badges.js";
import { kindLabel, platformLabel, stageLabel } from "../ui/labels.js";
import { LoadError, Loading, Notice } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { FilingNumber } from "../ui/filing-number.js";
import { SummaryItem } from "../ui/summary.js";
import { formatTime } from "../ui/time.js";
import { useLoad } from "../ui/use-load.js";
import { filingApi, filingHref, type FilingRow } from "./api.js";
import { AuditVerifier } from "./audit-verifier.js";
import { FilingBody } from "./filing-body.js";
import { StageProgress } from "./stage-progress.js";
import { Timeline } from "./timeline.js";
import { WithdrawDialog } from "./withdraw-dialog.js";
import { useState } from "hono/jsx/dom";

/** The register account a filing created or is about; its feature provides the panel. */
export type AccountPanel = (props: { accountId: string; person: SignedInPerson; navigate: (hash: string) => void }) => Child;

const Breadcrumb = (props: { person: SignedInPerson; current?: string }) => (
  <nav class="breadcrumb" aria-label="当前位置">
    <a href={filingHref.list()}>{props.person.roles.includes("admin") ? "备案管理" : "我的备案"}</a>
    {props.current ? (
      <>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{props.current}</span>
      </>
    ) : null}
  </nav>
);

function Outcome({ filing }: { filing: FilingRow }) {
  if (filing.status === "filed" && filing.filingNumber) {
    return (
      <div class="filed-banner">
        <span>备案编号</span>
        <strong>
          <FilingNumber value={filing.filingNumber} testId="filing-number" />
        </strong>
      </div>
    );
  }
  if (filing.status === "returned") {
    return (
      <Notice tone="warn">
        <strong>退回修改意见：</strong>
        {filing.lastComment || "（无）"}
        <span class="hint block">请按意见修改后重新提交，重新提交后将从初审开始新一轮审核。</span>
      </Notice>
    );
  }
  if (filing.status === "rejected") {
    return (
      <Notice tone="err">
        <strong>不予通过意见：</strong>
        {filing.lastComment || "（无）"}
      </Notice>
    );
  }
  return null;
}

/** #/filings/:id: where the filing stands in the review, what was submitted, and its audit trail. */
export const filingDetailView =
  (AccountPanel: AccountPanel) =>
  ({ params, person, navigate }: ViewProps) => {
    const detail = useLoad(() => filingApi.get(params.id));
    const [withdrawing, setWithdrawing] = useState(false);
    if (detail.state === "loading") return <Loading />;
    if (detail.state === "error") {
      return (
        <>
          <Breadcrumb person={person} />
          <LoadError error={detail.error} />
        </>
      );
    }
    const { filing, history, tasks } = detail.data;
    const canResubmit = filing.status === "returned" && person.roles.includes("operator");
    const canWithdraw = (filing.status === "in_review" || filing.status === "returned") && person.roles.includes("operator");
    const unitName = filing.unitName ?? (filing.unitId === person.unit.unitId ? person.unit.name : "");
    return (
      <>
        <Breadcrumb person={person} current={filing.data.accountName} />
        <div class="page-head">
          <PageTitle>
            {filing.data.accountName} <KindBadge kind={filing.kind} /> <StatusBadge status={filing.status} />
          </PageTitle>
          <div class="page-actions">
            {canResubmit ? (
              <a class="btn btn-primary" href={filingHref.edit(filing.filingId)} data-testid="resubmit">
                修改后重新提交
              </a>
            ) : null}
            {canWithdraw ? (
              <button type="button" class="btn btn-secondary" data-testid="withdraw" onClick={() => setWithdrawing(true)}>
                撤回申请
              </button>
            ) : null}
          </div>
          {withdrawing ? <WithdrawDialog filing={filing} onDone={() => (setWithdrawing(false), detail.reload())} onClose={() => setWithdrawing(false)} /> : null}
        </div>
        <section class="card">
          <dl class="summary">
            <SummaryItem term="备案类型">{kindLabel(filing.kind)}</SummaryItem>
            <SummaryItem term="平台">{platformLabel(filing.platform)}</SummaryItem>
            {unitName ? <SummaryItem term="主办单位">{unitName}</SummaryItem> : null}
            <SummaryItem term="当前环节">
              <span data-testid="filing-stage">{filing.status === "in_review" ? stageLabel(filing.stage) : "—"}</span>
            </SummaryItem>
            <SummaryItem term="审核轮次">{`第 ${filing.round} 轮`}</SummaryItem>
            <SummaryItem term="提交时间">{formatTime(filing.submittedAt ?? filing.createdAt)}</SummaryItem>
            <SummaryItem term="更新时间">{formatTime(filing.updatedAt)}</SummaryItem>
          </dl>
          <Outcome filing={filing} />
          <h2>审核进度</h2>
          <StageProgress filing={filing} tasks={tasks} />
        </section>
        <FilingBody filing={filing} />
        {filing.accountId ? <AccountPanel accountId={filing.accountId} person={person} navigate={navigate} /> : null}
        <section class="card">
          <div class="section-head">
            <h2>审核记录</h2>
            <AuditVerifier filingId={filing.filingId} />
          </div>
          <Timeline history={history} />
        </section>
      </>
    );
  };
