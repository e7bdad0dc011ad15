/** @jsxImportSource hono/jsx/dom */
import { INSPECTION_RESULT_LABELS } from "@beian/core";
import { useState } from "hono/jsx/dom";
import { Checkbox, Select, TextArea, TextInput } from "../ui/controls.js";
import { Field, FieldSection, FormError, type ControlAttrs } from "../ui/form-field.js";
import { Notice } from "../ui/notice.js";
import { todayInShanghai } from "../ui/time.js";
import { useFormSubmit } from "../ui/use-form-submit.js";
import { inspectionApi, type ReportDetail } from "./api.js";
import { answersOf, draftOf, type ReportDraft } from "./report-draft.js";

const GRADES = Object.entries(INSPECTION_RESULT_LABELS).map(([id, label]) => ({ id, label }));
const WORKING = [
  { id: "yes", label: "正常" },
  { id: "no", label: "不正常" },
];

/** What the unit fills in beside the system's figures; 保存 keeps a draft, 提交 sends it to review. */
export function ReportForm(props: { detail: ReportDetail; onSubmitted: () => void }) {
  const { detail } = props;
  const rectifying = detail.phase === "rectification";
  const [draft, setDraft] = useState<ReportDraft>(draftOf(detail.report.answers, todayInShanghai()));
  const [saved, setSaved] = useState<string>();
  const patch = (p: Partial<ReportDraft>) => setDraft((d) => ({ ...d, ...p }));
  const { formRef, busy, errors, onSubmit } = useFormSubmit({
    send: async () => {
      await inspectionApi.submit(detail.report.reportId, answersOf(draft));
      props.onSubmitted();
    },
  });
  const save = async () => {
    try {
      await inspectionApi.save(detail.report.reportId, answersOf(draft));
      setSaved("草稿已保存");
    } catch {
      setSaved("保存失败：请检查填写的内容");
    }
  };
  const text = (key: keyof ReportDraft, max: number, extra: { inputMode?: string; type?: "date" } = {}) => (attrs: ControlAttrs) => (
    <TextInput attrs={attrs} maxLength={max} {...extra} value={draft[key] as string} onValue={(v) => patch({ [key]: v })} />
  );
  const area = (key: keyof ReportDraft, max: number) => (attrs: ControlAttrs) => <TextArea attrs={attrs} maxLength={max} value={draft[key] as string} onValue={(v) => patch({ [key]: v })} />;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate data-testid="report-form">
      <FormError errors={errors} />
      {rectifying ? (
        <FieldSection title="整改报告">
          <Field path="rectificationReport" label="整改报告（问题、整改措施及成效）" required wide errors={errors} control={area("rectificationReport", 3000)} />
        </FieldSection>
      ) : null}
      <FieldSection title="互动回应">
        <div class="grid">
          <Field path="interaction.messagesReceived" label="收到留言数" required errors={errors} control={text("messagesReceived", 9, { inputMode: "numeric" })} />
          <Field path="interaction.messagesAnswered" label="已答复留言数" required errors={errors} control={text("messagesAnswered", 9, { inputMode: "numeric" })} />
          <Field path="interaction.averageReplyDays" label="平均答复天数" required errors={errors} control={text("averageReplyDays", 6, { inputMode: "decimal" })} />
          <Field path="interaction.functionsWorking" label="互动功能是否正常" required errors={errors} control={(attrs) => <Select attrs={attrs} options={WORKING} placeholder="请选择" value={draft.functionsWorking} onValue={(v) => patch({ functionsWorking: v })} />} />
        </div>
      </FieldSection>
      <FieldSection title="安全情况">
        <div class="grid">
          <Field path="security.incidents" label="安全、泄密事件数" required hint="含严重表述错误" errors={errors} control={text("incidents", 4, { inputMode: "numeric" })} />
          <Field path="security.description" label="事件及处置情况" wide errors={errors} control={area("incidentDescription", 1000)} />
        </div>
      </FieldSection>
      <FieldSection title="整改与自评">
        <Field path="rectification" label="上年度问题整改情况" required wide errors={errors} control={area("rectification", 2000)} />
        <div class="grid">
          <Field path="selfAssessment.grade" label="自评等次" required errors={errors} control={(attrs) => <Select attrs={attrs} options={GRADES} placeholder="请选择" value={draft.grade} onValue={(v) => patch({ grade: v })} />} />
        </div>
        <Field path="selfAssessment.text" label="自评说明" required wide errors={errors} control={area("selfText", 2000)} />
      </FieldSection>
      <FieldSection title="主管领导确认">
        <div class="grid grid-3">
          <Field path="leader.name" label="主管领导姓名" required errors={errors} control={text("leaderName", 20)} />
          <Field path="leader.title" label="职务" required errors={errors} control={text("leaderTitle", 40)} />
          <Field path="leader.confirmedOn" label="确认日期" required errors={errors} control={text("confirmedOn", 10, { type: "date" })} />
        </div>
        <Field path="leader.confirmed" label="主管领导已审阅并确认本报告内容真实准确" check errors={errors} control={(attrs) => <Checkbox attrs={attrs} checked={draft.leaderConfirmed} onChecked={(v) => patch({ leaderConfirmed: v })} />} />
      </FieldSection>
      <div class="form-actions">
        <button class="btn btn-primary" type="submit" disabled={busy} data-testid="report-submit">
          {busy ? "正在提交…" : rectifying ? "提交整改报告" : "提交年度报告"}
        </button>
        <button class="btn" type="button" onClick={save} data-testid="report-save">
          保存草稿
        </button>
      </div>
      {saved ? <Notice tone="info">{saved}</Notice> : null}
    </form>
  );
}
