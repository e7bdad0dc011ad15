import { CONTENT_TYPE_LABELS, DECISION_LABELS, DRAFT_STATUS_LABELS, STAGE_LABELS, type ReviewRecord } from "@beian/core";
import { Layout } from "./layout.js";

const time = (iso?: string) => (iso ? new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }) : "—");

/** 审核记录: one draft's reviewed text, every round's decisions and comments, and its publications; printable. */
export function ReviewRecordPage({ record }: { record: ReviewRecord }) {
  const { draft, version } = record;
  return (
    <Layout title={`审核记录：${draft.title}`}>
      <h1 data-testid="record-title">审核记录：{version?.title ?? draft.title}</h1>
      <p class="muted">
        <button type="button" onclick="window.print()">
          打印 / 另存为 PDF
        </button>
      </p>
      <h2>稿件</h2>
      <table>
        <tr>
          <th>主办单位</th>
          <td>{record.unitName}</td>
        </tr>
        <tr>
          <th>状态</th>
          <td>{DRAFT_STATUS_LABELS[draft.status]}</td>
        </tr>
        <tr>
          <th>发布账号</th>
          <td>{(version?.accountIds ?? []).map((id) => record.accountNames[id] ?? id).join("、")}</td>
        </tr>
        <tr>
          <th>稿件类型</th>
          <td>{version ? `${CONTENT_TYPE_LABELS[version.type]}${version.source ? `（来源：${version.source}）` : ""}` : "—"}</td>
        </tr>
        <tr>
          <th>作者</th>
          <td>{version?.author ?? "—"}</td>
        </tr>
        <tr>
          <th>版本标识</th>
          <td>{record.versionHash}</td>
        </tr>
        <tr>
          <th>通过时间</th>
          <td>{time(draft.approvedAt)}</td>
        </tr>
      </table>
      <h2>审核经过</h2>
      <table data-testid="record-decisions">
        <tr>
          <th>轮次</th>
          <th>环节</th>
          <th>审核人</th>
          <th>结论</th>
          <th>意见</th>
          <th>时间</th>
        </tr>
        {record.rounds.flatMap((round) => [
          <tr>
            <td>第 {round.round} 轮</td>
            <td>送审</td>
            <td>{round.submittedBy}</td>
            <td>{round.voided ? `已因修改作废（${time(round.voided)}）` : "—"}</td>
            <td>{round.confirmations.map((c) => `保留「${c.text}」：${c.reason}`).join("；") || "—"}</td>
            <td>{time(round.submittedAt)}</td>
          </tr>,
          ...round.stages.map((t) => (
            <tr>
              <td>第 {round.round} 轮</td>
              <td>{STAGE_LABELS[t.stage]}</td>
              <td>{t.onBehalfOfName ? `${t.reviewerName}（代${t.onBehalfOfName}）` : t.reviewerName}</td>
              <td>{t.decision ? DECISION_LABELS[t.decision] : t.status === "pending" ? "待审核" : "未处理"}</td>
              <td>{t.comment || "—"}</td>
              <td>{time(t.decidedAt)}</td>
            </tr>
          )),
        ])}
      </table>
      <h2>发布登记</h2>
      {record.publications.length ? (
        <table data-testid="record-publications">
          <tr>
            <th>账号</th>
            <th>网址</th>
            <th>发布时间</th>
            <th>登记人</th>
          </tr>
          {record.publications.map((p) => (
            <tr>
              <td>{record.accountNames[p.accountId] ?? p.accountId}</td>
              <td>{p.url}</td>
              <td>{time(p.publishedAt)}</td>
              <td>{p.recordedByName}</td>
            </tr>
          ))}
        </table>
      ) : (
        <p class="muted">尚未登记发布。</p>
      )}
      <h2>审核的文本</h2>
      <div class="long-text" data-testid="record-body">
        {version?.body ?? ""}
      </div>
    </Layout>
  );
}
