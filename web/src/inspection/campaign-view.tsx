/** @jsxImportSource hono/jsx/dom */
import { useState } from "hono/jsx/dom";
import type { ViewProps } from "../shell/route.js";
import { errorWithFields } from "../ui/api-client.js";
import { LoadError, Loading, Notice } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { formatTime } from "../ui/time.js";
import { useLoad } from "../ui/use-load.js";
import { inspectionApi, inspectionHref, type CampaignSummary, type UnitRow } from "./api.js";
import { CampaignHistory } from "./campaign-history.js";
import { DeadlineForm } from "./deadline-form.js";

/** One campaign's progress by unit (admins): what each unit has submitted, what passed, what is overdue or suspended. */
export function CampaignView({ params }: ViewProps) {
  const year = Number(params.year);
  const progress = useLoad(() => inspectionApi.progress(year), [year]);
  const [extending, setExtending] = useState<UnitRow>();
  return (
    <>
      <div class="page-head">
        <PageTitle>
          {year} 年度检查 <small>进度</small>
        </PageTitle>
        <div class="actions">
          <a class="btn btn-secondary" href={inspectionApi.exportHref(year)} download data-testid="export-results">
            导出检查结果（XLSX）
          </a>
          <a class="btn btn-secondary" href={inspectionHref.campaigns()}>
            返回
          </a>
        </div>
      </div>
      {progress.state === "loading" ? <Loading /> : null}
      {progress.state === "error" ? <LoadError error={progress.error} /> : null}
      {progress.state === "ok" ? (
        <>
          <CampaignSummaryCard campaign={progress.data.campaign} onResumed={progress.reload} />
          <section class="card">
            <h2>各单位进度</h2>
            {progress.data.units.length ? <UnitTable year={year} units={progress.data.units} onExtend={setExtending} /> : <p class="empty">尚无单位收到通知（开启中）。</p>}
          </section>
          {extending ? (
            <DeadlineForm
              year={year}
              unit={extending}
              onDone={() => {
                setExtending(undefined);
                progress.reload();
              }}
              onCancel={() => setExtending(undefined)}
            />
          ) : null}
          <CampaignHistory year={year} version={progress.data.campaign.auditSeq} />
        </>
      ) : null}
    </>
  );
}

function CampaignSummaryCard(props: { campaign: CampaignSummary; onResumed: () => void }) {
  const { campaign } = props;
  const t = campaign.totals;
  const [message, setMessage] = useState<string>();
  const resume = async () => {
    try {
      await inspectionApi.resume(campaign.year);
      setMessage("已继续开启，请稍后刷新查看进度。");
      props.onResumed();
    } catch (error) {
      setMessage(errorWithFields(error));
    }
  };
  return (
    <section class="card" data-testid="campaign-summary">
      <dl class="summary">
        <div>
          <dt>状态</dt>
          <dd data-testid="campaign-status">{campaign.statusLabel}</dd>
        </div>
        <div>
          <dt>截止日期</dt>
          <dd>{campaign.deadline}</dd>
        </div>
        <div>
          <dt>整改期</dt>
          <dd>{campaign.graceDays} 天</dd>
        </div>
        <div>
          <dt>发起</dt>
          <dd>
            {formatTime(campaign.startedAt)}（{campaign.startedByName}）
          </dd>
        </div>
      </dl>
      <p class="totals" data-testid="campaign-totals">
        共 {t.total} 个账号：已提交 {t.submitted}，审核中 {t.inReview}，已通过 {t.approved}（合格 {t.qualified}，基本合格 {t.basic}，不合格 {t.failed}），逾期 {t.overdue}，停用 {t.suspended}，注销 {t.cancelled}
      </p>
      {campaign.failure ? (
        <Notice tone="err" testId="campaign-failure">
          开启中断：{campaign.failure.error}（{formatTime(campaign.failure.at)}）。已生成的报告和已发出的通知不会重复。{" "}
          <button type="button" class="btn btn-small btn-primary" onClick={resume} data-testid="resume-campaign">
            继续开启
          </button>
        </Notice>
      ) : null}
      {message ? <Notice tone="info">{message}</Notice> : null}
    </section>
  );
}

const COLUMNS = ["单位", "截止日期", "账号数", "未提交", "已提交", "审核中", "已通过", "合格 / 基本合格 / 不合格", "逾期", "已停用", "已注销", ""];

function UnitTable(props: { year: number; units: UnitRow[]; onExtend: (unit: UnitRow) => void }) {
  return (
    <div class="table-wrap">
      <table class="data-table" data-testid="unit-progress">
        <caption class="visually-hidden">各单位年度检查进度</caption>
        <thead>
          <tr>
            {COLUMNS.map((t) => (
              <th scope="col">{t}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.units.map((u) => (
            <tr data-testid="unit-row" data-unit-id={u.unitId}>
              <td data-label="单位">
                <a href={inspectionHref.unit(props.year, u.unitId)}>{u.unitName}</a>
              </td>
              <td data-label="截止日期">
                {u.deadline}
                {u.extendedAt ? <span class="hint block">已延期（{u.extendReason}）</span> : null}
              </td>
              <td data-label="账号数">{u.counts.total}</td>
              <td data-label="未提交" data-testid="unsubmitted">{u.counts.unsubmitted}</td>
              <td data-label="已提交" data-testid="submitted">{u.counts.submitted}</td>
              <td data-label="审核中">{u.counts.inReview}</td>
              <td data-label="已通过" data-testid="approved">{u.counts.approved}</td>
              <td data-label="合格 / 基本合格 / 不合格">
                {u.counts.qualified} / {u.counts.basic} / {u.counts.failed}
              </td>
              <td data-label="逾期" data-testid="overdue">{u.counts.overdue + u.overdueNow}</td>
              <td data-label="已停用" data-testid="suspended">{u.counts.suspended}</td>
              <td data-label="已注销">{u.counts.cancelled}</td>
              <td>
                {u.settledFor === u.deadline ? null : (
                  <button type="button" class="btn-link" onClick={() => props.onExtend(u)} data-testid="extend-deadline">
                    延期
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
