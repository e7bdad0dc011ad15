import { DECISION_LABELS, formatShanghai, STAGE_LABELS, type FieldError, type ReviewTask, type ReviewView } from "@beian/core";
import { AssessmentFields } from "./assessment-fields.js";
import { Layout } from "./layout.js";
import { ReviewSections } from "./review-sections.js";

export interface ReviewConfirmProps extends ReviewView {
  /** The form's action below /review/. */
  linkId: string;
  errors?: FieldError[];
  form?: { comment: string; checklist: string[]; assessment?: Record<string, string[]> };
  /** Set when the reviewer chose 不予通过: the page asks them to confirm it. */
  confirmReject?: boolean;
}

function DecisionList(props: { tasks: ReviewTask[]; heading: string; testId: string }) {
  if (props.tasks.length === 0) return null;
  return (
    <section>
      <h2>{props.heading}</h2>
      <ul data-testid={props.testId}>
        {props.tasks.map((d) => (
          <li>
            第 {d.round} 轮{STAGE_LABELS[d.stage]}：{d.reviewerName} {d.decision ? DECISION_LABELS[d.decision] : ""}（{d.decidedAt ? formatShanghai(d.decidedAt) : ""}）{d.comment ? `：${d.comment}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The page an emailed approval link opens. It only shows; the decision is the form's POST. */
export function ReviewConfirmPage(props: ReviewConfirmProps) {
  const { task, description } = props;
  const stage = STAGE_LABELS[task.stage];
  const errorFor = (field: string) => props.errors?.find((e) => e.field === field)?.message;
  const checked = (id: string) => props.form?.checklist.includes(id);
  return (
    <Layout title={`${stage}：${description.title}`}>
      <h1>
        {stage}：{description.title}
      </h1>
      <p class="muted">
        {description.requestLabel} · 第 {task.round} 轮 · 主办单位：{props.unitName} · 提交时间：{formatShanghai(props.submittedAt)} · 审核人：{task.reviewerName} · 链接有效期至{" "}
        {formatShanghai(task.linkExpiresAt)}
      </p>
      {props.errors?.length ? (
        <p class="notice err" role="alert" data-testid="decision-error" data-code="VALIDATION_FAILED">
          {props.errors.map((e) => e.message).join("；")}
        </p>
      ) : null}

      <ReviewSections sections={description.sections} />
      <DecisionList tasks={props.previousRounds} heading="以往轮次的审核意见" testId="previous-rounds" />
      <DecisionList tasks={props.earlierDecisions} heading="本轮已完成的审核" testId="earlier-decisions" />

      {props.confirmReject ? (
        <form method="post" action={`/review/${props.linkId}`} data-testid="reject-confirm">
          <h2>确认不予通过</h2>
          <p class="notice warn">不予通过后本次申请即告结束，申请单位须重新提交。请确认审核意见：</p>
          <blockquote>{props.form?.comment}</blockquote>
          <input type="hidden" name="decision" value="reject" />
          <input type="hidden" name="comment" value={props.form?.comment ?? ""} />
          <input type="hidden" name="confirm" value="reject" />
          <div class="actions">
            <button class="danger" type="submit" data-testid="confirm-reject">
              确认不予通过
            </button>
            <a class="button" href={`/review/${props.linkId}`}>
              返回修改
            </a>
          </div>
        </form>
      ) : (
        <form method="post" action={`/review/${props.linkId}`} data-testid="decision-form">
          <h2>{stage}审核要点</h2>
          {props.checklist.map((item) => (
            <label class="check">
              <input type="checkbox" name="checklist" value={item.id} checked={checked(item.id)} /> {item.label}
            </label>
          ))}
          {errorFor("checklist") && <p class="field-error">{errorFor("checklist")}</p>}
          {props.assessment ? <AssessmentFields form={props.assessment} values={props.form?.assessment} errors={props.errors} /> : null}
          <h2>
            <label for="comment">审核意见</label>
          </h2>
          <textarea id="comment" name="comment" maxlength={1000} placeholder="通过时可不填；不予通过或退回修改时必须填写">
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
      )}
    </Layout>
  );
}
