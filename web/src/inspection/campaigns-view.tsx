/** @jsxImportSource hono/jsx/dom */
import type { ViewProps } from "../shell/route.js";
import { LoadError, Loading } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { formatTime } from "../ui/time.js";
import { useLoad } from "../ui/use-load.js";
import { inspectionApi, inspectionHref, type CampaignSummary } from "./api.js";
import { StartCampaignForm } from "./start-campaign-form.js";

/** 年度检查 (admins): every campaign with its figures, and 发起年度检查. */
export function CampaignsView({ navigate }: ViewProps) {
  const campaigns = useLoad(inspectionApi.campaigns);
  return (
    <>
      <div class="page-head">
        <PageTitle>年度检查</PageTitle>
        <a class="btn btn-secondary" href={inspectionHref.indicators()} data-testid="indicators-link">
          检查指标配置
        </a>
      </div>
      <p class="lead">每年 11 月 1 日系统自动发起当年的年度检查：为每个已备案、已停用的账号生成年度报告（预填本年度数据），并按单位发送通知。逾期未提交或检查不合格的账号将被停用，整改期满未通过整改的予以注销。</p>
      <section class="card">
        <h2>历次年度检查</h2>
        {campaigns.state === "loading" ? <Loading /> : null}
        {campaigns.state === "error" ? <LoadError error={campaigns.error} /> : null}
        {campaigns.state === "ok" && !campaigns.data.length ? <p class="empty">尚未发起年度检查。</p> : null}
        {campaigns.state === "ok" && campaigns.data.length ? <CampaignTable items={campaigns.data} /> : null}
      </section>
      <StartCampaignForm existing={campaigns.state === "ok" ? campaigns.data.map((c) => c.year) : []} onStarted={(year) => navigate(inspectionHref.campaign(year))} />
    </>
  );
}

function CampaignTable(props: { items: CampaignSummary[] }) {
  return (
    <div class="table-wrap">
      <table class="data-table" data-testid="campaigns">
        <caption class="visually-hidden">历次年度检查</caption>
        <thead>
          <tr>
            {["年度", "状态", "截止日期", "账号数", "已提交", "已通过", "停用", "注销", "发起时间"].map((t) => (
              <th scope="col">{t}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.items.map((c) => (
            <tr data-testid="campaign-row">
              <td data-label="年度">
                <a href={inspectionHref.campaign(c.year)}>{c.year} 年度</a>
              </td>
              <td data-label="状态">{c.failure ? <strong class="field-error">开启中断</strong> : c.statusLabel}</td>
              <td data-label="截止日期">{c.deadline}</td>
              <td data-label="账号数">{c.totals.total}</td>
              <td data-label="已提交">{c.totals.submitted}</td>
              <td data-label="已通过">{c.totals.approved}</td>
              <td data-label="停用">{c.totals.suspended}</td>
              <td data-label="注销">{c.totals.cancelled}</td>
              <td data-label="发起时间">{formatTime(c.startedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
