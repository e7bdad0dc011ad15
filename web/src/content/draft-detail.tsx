/** @jsxImportSource hono/jsx/dom */
import { CONTENT_TYPE_LABELS, DECISION_LABELS, STAGE_LABELS } from "@beian/core";
import type { ViewProps } from "../shell/route.js";
import { LoadError, Loading, Notice } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { formatTime } from "../ui/time.js";
import { useLoad } from "../ui/use-load.js";
import { contentApi, contentHref, type DraftDetail } from "./api.js";
import { DraftStatusBadge } from "./badges.js";
import { DraftForm } from "./draft-form.js";
import { MarkedText } from "./marked-text.js";
import { PublicationPanel } from "./publication-panel.js";
import { SubmitPanel } from "./submit-panel.js";

const ACTIONS: Record<string, string> = {
  draft_created: "创建稿件",
  draft_edited: "修改稿件",
  review_voided_by_edit: "审核中修改，本轮审核作废",
  approval_voided_by_edit: "通过后修改，审核结论作废",
  content_submitted: "送审",
  review_decided: "审核决定",
  review_timed_out: "审核超时退回",
  review_withdrawn: "撤回",
  review_restarted: "重启审核流程",
  content_published: "登记发布",
};

function Outcome({ detail }: { detail: DraftDetail }) {
  const { draft } = detail;
  if (draft.status === "returned") return <Notice tone="warn">退回修改意见：{draft.lastComment || "（无）"}。请修改后重新送审。</Notice>;
  if (draft.status === "rejected") return <Notice tone="err">不予通过意见：{draft.lastComment || "（无）"}</Notice>;
  if (draft.status === "approved") return <Notice tone="ok">已通过三审，可以发布（版本 {draft.approvedHash?.slice(0, 12)}）。发布后请登记各账号的发布网址和时间；发布前如再修改，须重新送审。</Notice>;
  if (draft.status === "in_review") return <Notice tone="info">正在{STAGE_LABELS[draft.stage]}（第 {draft.round} 轮）。</Notice>;
  return null;
}

/** #/content/:id: where the draft stands, its text with the word check's marks, 送审, 发布登记 and the trail. */
export function DraftDetailView({ params, person }: ViewProps) {
  const detail = useLoad(() => contentApi.get(params.id), [params.id]);
  if (detail.state === "loading") return <Loading />;
  if (detail.state === "error") return <LoadError error={detail.error} />;
  const { draft, version, hits, tasks, history } = detail.data;
  const operator = person.roles.includes("operator");
  const editable = operator && ["draft", "returned", "in_review", "approved"].includes(draft.status);
  return (
    <>
      <nav class="breadcrumb" aria-label="当前位置">
        <a href={contentHref.list()}>稿件管理</a>
      </nav>
      <div class="page-head">
        <PageTitle>{draft.title}</PageTitle>
        <DraftStatusBadge status={draft.status} />
      </div>
      <Outcome detail={detail.data} />
      <p class="actions">
        {editable ? (
          <a class="btn btn-secondary" href={contentHref.edit(draft.draftId)} data-testid="edit-draft">
            修改稿件
          </a>
        ) : null}{" "}
        <a class="btn btn-secondary" href={contentApi.recordHref(draft.draftId)} target="_blank" rel="noopener" data-testid="review-record">
          审核记录（可打印）
        </a>
      </p>
      {operator && (draft.status === "draft" || draft.status === "returned") ? <SubmitPanel detail={detail.data} onDone={detail.reload} /> : null}
      {draft.status === "approved" || draft.status === "published" ? <PublicationPanel detail={detail.data} canRecord={operator} onDone={detail.reload} /> : null}
      <section class="card" aria-labelledby="text-title">
        <h2 id="text-title">稿件内容</h2>
        <p class="hint">
          {CONTENT_TYPE_LABELS[version.type]}
          {version.source ? `（来源：${version.source}）` : ""}，作者：{version.author}，{version.body.length} 字{version.plannedAt ? `，计划 ${formatTime(version.plannedAt)} 发布` : ""}。高亮处为错敏词检查发现的问题。
        </p>
        <MarkedText text={version.title} hits={hits.filter((h) => h.field === "title")} testId="marked-title" />
        <MarkedText text={version.body} hits={hits.filter((h) => h.field === "body")} testId="marked-body" />
      </section>
      <section class="card" aria-labelledby="tasks-title">
        <h2 id="tasks-title">审核经过</h2>
        {tasks.length ? (
          <ul data-testid="draft-tasks">
            {tasks.map((t) => (
              <li>
                第 {t.round} 轮 {STAGE_LABELS[t.stage]}：{t.reviewerName}，{t.decision ? DECISION_LABELS[t.decision] : t.status === "pending" ? "待审核" : "已关闭"}
                {t.comment ? `，意见：${t.comment}` : ""}
                {t.decidedAt ? `（${formatTime(t.decidedAt)}）` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p class="hint">{draft.round ? "审核任务正在生成，请稍后刷新。" : "尚未送审。"}</p>
        )}
        <h3>操作记录</h3>
        <ol data-testid="draft-history">
          {[...history].reverse().map((r) => (
            <li data-testid="history-entry">
              {formatTime(r.at)} {r.actorName}：{ACTIONS[r.action] ?? r.action}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** #/content/:id/edit */
export function EditDraftView({ params, navigate }: ViewProps) {
  const detail = useLoad(() => contentApi.get(params.id), [params.id]);
  if (detail.state === "loading") return <Loading />;
  if (detail.state === "error") return <LoadError error={detail.error} />;
  return (
    <>
      <PageTitle>修改稿件</PageTitle>
      <DraftForm detail={detail.data} navigate={navigate} />
    </>
  );
}

/** #/content/new */
export const NewDraftView = ({ navigate }: ViewProps) => (
  <>
    <PageTitle>撰写稿件</PageTitle>
    <DraftForm navigate={navigate} />
  </>
);
