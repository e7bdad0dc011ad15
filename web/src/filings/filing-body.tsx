/** @jsxImportSource hono/jsx/dom */
import { diffFiling } from "@beian/core";
import type { FilingRow } from "./api.js";
import { ChangeTable } from "./change-table.js";
import { FilingData } from "./filing-data.js";

const Reason = (props: { title: string; text?: string }) => (
  <div class="request-reason" data-testid="filing-reason">
    <span class="request-reason-label">{props.title}</span>
    <p>{props.text ?? ""}</p>
  </div>
);

const FullData = (props: { summary: string; filing: FilingRow }) => (
  <details class="full-data">
    <summary>{props.summary}</summary>
    <FilingData data={props.filing.data} />
  </details>
);

/** What was asked for: the 申请表 of an opening, before → after of a change, the reason of a cancellation. */
export function FilingBody({ filing }: { filing: FilingRow }) {
  if (filing.kind === "change") {
    return (
      <section class="card" data-testid="change-summary">
        <h2>变更内容（变更前 → 变更后）</h2>
        <Reason title="变更事由" text={filing.reason} />
        <ChangeTable changes={diffFiling(filing.previousData ?? filing.data, filing.data)} />
        {filing.transferToUnitId ? (
          <p class="transfer" data-testid="change-transfer">
            <strong>主办单位变更：</strong>
            {`${filing.unitName ?? filing.unitId} → 单位编码 ${filing.transferToUnitId}`}
          </p>
        ) : null}
        <FullData summary="查看变更后的完整备案信息" filing={filing} />
      </section>
    );
  }
  if (filing.kind === "cancel") {
    return (
      <section class="card" data-testid="cancel-summary">
        <h2>注销备案</h2>
        <Reason title="注销原因" text={filing.reason} />
        <p class="hint">注销备案经终审通过后，账号状态变为“已注销”，并在政务新媒体注销公告中向社会公开。</p>
        <FullData summary="查看账号备案信息" filing={filing} />
      </section>
    );
  }
  return (
    <section class="card">
      <h2>新媒体建设申请表</h2>
      <FilingData data={filing.data} />
    </section>
  );
}
