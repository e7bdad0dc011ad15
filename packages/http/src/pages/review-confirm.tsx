import { ChangeTable } from "./change-table.js";
import { AccountRequest } from "./account-request.js";
import { FILING_KIND_LABELS, DECISION_LABELS, formatShanghai, STAGE_LABELS, type ChecklistItem, type FieldChange, type FieldError, type Filing, type ReviewTask } from "@beian/core";
import { FilingTable } from "./filing-table.js";
import { Layout } from "./layout.js";

export interface ReviewConfirmProps {
  linkId: string;
  task: ReviewTask;
  filing: Filing;
  unitName: string;
  checklist: ChecklistItem[];
  earlierDecisions: ReviewTask[];
  changes: FieldChange[];
  transferUnitName?: string;
  errors?: FieldError[];
  form?: { comment: string; checklist: string[] };
}

/** The page an emailed approval link opens. It only shows; the decision is the form's POST. */
export function ReviewConfirmPage(props: ReviewConfirmProps) {
  const { task, filing } = props;
  const stage = STAGE_LABELS[task.stage];
  const errorFor = (field: string) => props.errors?.find((e) => e.field === field)?.message;
  return (
    <Layout title={`${stage}：${filing.data.accountName}`}>
      <h1>
        {stage}：{filing.data.accountName}
      </h1>
      <p class="muted">
        新媒体{FILING_KIND_LABELS[filing.kind]} · 第 {task.round} 轮 · 主办单位：{props.unitName} · 审核人：{task.reviewerName} · 链接有效期至 {formatShanghai(task.linkExpiresAt)}
      </p>
      {props.errors?.length ? (
        <p class="notice err" role="alert" data-testid="decision-error">
          {props.errors.map((e) => e.message).join("；")}
        </p>
      ) : null}

      <AccountRequest filing={filing} unitName={props.unitName} transferUnitName={props.transferUnitName} />

      {props.changes.length > 0 && (
        <section>
          <h2>本轮修改内容</h2>
          <ChangeTable rows={props.changes} before="修改前" after="修改后" testId="changes" />
        </section>
      )}

      <h2>{filing.kind === "change" ? "变更后的备案信息" : filing.kind === "cancel" ? "拟注销账号的备案信息" : "申请内容"}</h2>
      <FilingTable data={filing.data} extra={[["提交时间", formatShanghai(filing.updatedAt)]]} />

      {props.earlierDecisions.length > 0 && (
        <section>
          <h2>本轮已完成的审核</h2>
          <ul>
            {props.earlierDecisions.map((d) => (
              <li>
                {STAGE_LABELS[d.stage]}：{d.reviewerName} {d.decision ? DECISION_LABELS[d.decision] : ""}（{d.decidedAt ? formatShanghai(d.decidedAt) : ""}）{d.comment ? `：${d.comment}` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}

      <form method="post" action={`/review/${props.linkId}`} data-testid="decision-form">
        <h2>{stage}审核要点</h2>
        {props.checklist.map((item) => (
          <label class="check">
            <input type="checkbox" name="checklist" value={item.id} checked={props.form?.checklist.includes(item.id)} /> {item.label}
          </label>
        ))}
        {errorFor("checklist") && <p class="field-error">{errorFor("checklist")}</p>}
        <h2>审核意见</h2>
        <textarea name="comment" maxlength={1000} placeholder="通过时可不填；不予通过或退回修改时必须填写">
          {props.form?.comment ?? ""}
        </textarea>
        {errorFor("comment") && <p class="field-error">{errorFor("comment")}</p>}
        <div class="actions">
          <button class="primary" type="submit" name="decision" value="approve" data-testid="approve">
            通过
          </button>
          <button type="submit" name="decision" value="return" data-testid="return">
            退回修改
          </button>
          <button type="submit" name="decision" value="reject" data-testid="reject">
            不予通过
          </button>
        </div>
      </form>
    </Layout>
  );
}
