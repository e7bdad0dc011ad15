/** @jsxImportSource hono/jsx/dom */
import type { IndicatorConfig } from "@beian/core";
import type { ViewProps } from "../shell/route.js";
import { LoadError, Loading } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { formatTime } from "../ui/time.js";
import { useLoad } from "../ui/use-load.js";
import { inspectionApi, inspectionHref } from "./api.js";
import { IndicatorsForm } from "./indicators-form.js";

/** 检查指标 (admins): the indicators reports are scored against, kept as data; edits are audited and apply to reports submitted afterwards. */
export function IndicatorsView(_: ViewProps) {
  const config = useLoad(inspectionApi.indicators);
  const history = useLoad(inspectionApi.indicatorHistory, [config.state === "ok" ? config.data.indicators.version : -1]);
  return (
    <>
      <div class="page-head">
        <PageTitle>检查指标</PageTitle>
        <a class="btn btn-secondary" href={inspectionHref.campaigns()}>
          返回年度检查
        </a>
      </div>
      <p class="lead">依据国办秘函〔2019〕19号：单项否决项任一项成立即为不合格；其余按扣分项自 100 分扣减。各地标准不同，可在此调整；修改只影响此后提交的报告（每份报告按提交时的指标评分），并记入审计记录。</p>
      {config.state === "loading" ? <Loading /> : null}
      {config.state === "error" ? <LoadError error={config.error} /> : null}
      {config.state === "ok" ? (
        <>
          <CurrentIndicators config={config.data.indicators} />
          <IndicatorsForm config={config.data.indicators} onSaved={config.reload} />
        </>
      ) : null}
      <section class="card">
        <h2>修改记录</h2>
        {history.state === "ok" ? (
          history.data.records.length ? (
            <ol class="decisions" data-testid="indicator-history">
              {[...history.data.records].reverse().map((r) => (
                <li>
                  {formatTime(r.at)} {r.actorName} 修改检查指标（第 {r.seq} 版）
                </li>
              ))}
            </ol>
          ) : (
            <p class="hint">尚未修改，使用系统默认指标。</p>
          )
        ) : null}
        {history.state === "ok" ? <p class="hint">审计链校验：{history.data.verdict.ok ? "完整" : "异常"}</p> : null}
      </section>
    </>
  );
}

function CurrentIndicators(props: { config: IndicatorConfig }) {
  const { config } = props;
  return (
    <section class="card" data-testid="current-indicators">
      <h2>当前指标（{config.version ? `第 ${config.version} 版，${formatTime(config.updatedAt)} ${config.updatedBy ?? ""}` : "系统默认"}）</h2>
      <h3>单项否决</h3>
      <ul>
        {config.vetoes.map((v) => (
          <li>{v.label}</li>
        ))}
      </ul>
      <h3>扣分项（满分 100）</h3>
      <ul>
        {config.deductions.map((d) => (
          <li>
            {d.label}：最多扣 {d.maxPoints} 分
          </li>
        ))}
      </ul>
      <p>
        等次：{config.grades.qualifiedFrom} 分及以上为合格，{config.grades.basicFrom}–{config.grades.qualifiedFrom - 1} 分为基本合格，{config.grades.basicFrom} 分以下为不合格。
      </p>
    </section>
  );
}
