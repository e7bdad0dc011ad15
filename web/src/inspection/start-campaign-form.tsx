/** @jsxImportSource hono/jsx/dom */
import { useState } from "hono/jsx/dom";
import { TextInput } from "../ui/controls.js";
import { Field, FormError } from "../ui/form-field.js";
import { todayInShanghai } from "../ui/time.js";
import { useFormSubmit } from "../ui/use-form-submit.js";
import { inspectionApi } from "./api.js";

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The regulations' 30 November, unless that has passed: then 30 days from today. */
function defaultDeadline(year: number): string {
  const today = todayInShanghai();
  const november = `${year}-11-30`;
  return november > today ? november : addDays(today, 30);
}

/** 发起年度检查: the year inspected and the deadline for reports; the opening runs in the background. */
export function StartCampaignForm(props: { existing: number[]; onStarted: (year: number) => void }) {
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const [year, setYear] = useState(String(props.existing.includes(thisYear) ? thisYear - 1 : thisYear));
  const [deadline, setDeadline] = useState(defaultDeadline(thisYear));
  const { formRef, busy, errors, onSubmit } = useFormSubmit({
    send: async () => {
      const started = await inspectionApi.start(Number(year), deadline);
      props.onStarted(started.year);
    },
  });
  return (
    <form class="card" ref={formRef} onSubmit={onSubmit} noValidate data-testid="start-campaign">
      <h2>发起年度检查</h2>
      <FormError errors={errors} />
      <div class="grid grid-3">
        <Field
          path="year"
          label="检查年度"
          required
          errors={errors}
          control={(attrs) => (
            <select {...attrs} value={year} onChange={(e: Event) => setYear((e.target as HTMLSelectElement).value)}>
              {[thisYear, thisYear - 1].map((y) => (
                <option value={String(y)} selected={String(y) === year}>
                  {y} 年度
                </option>
              ))}
            </select>
          )}
        />
        <Field path="deadline" label="提交截止日期" required hint="含当日；逾期未提交的账号将被停用" errors={errors} control={(attrs) => <TextInput attrs={attrs} type="date" maxLength={10} value={deadline} onValue={setDeadline} />} />
      </div>
      <div class="form-actions">
        <button class="btn btn-primary" type="submit" disabled={busy} data-testid="start-campaign-submit">
          {busy ? "正在发起…" : "发起年度检查"}
        </button>
      </div>
      <p class="hint">同一年度只能发起一次；发起后系统为每个账号生成年度报告并按单位发送一封通知邮件。</p>
    </form>
  );
}
