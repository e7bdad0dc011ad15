/** @jsxImportSource hono/jsx/dom */
import { CONTENT_TYPE_LABELS, type WordHit } from "@beian/core";
import { useState } from "hono/jsx/dom";
import { errorMessage } from "../ui/api-client.js";
import { FieldSection, Field, FormError } from "../ui/form-field.js";
import { Select, TextArea, TextInput } from "../ui/controls.js";
import { platformLabel } from "../ui/labels.js";
import { LoadError, Loading, Notice } from "../ui/notice.js";
import { useFormSubmit } from "../ui/use-form-submit.js";
import { useLoad } from "../ui/use-load.js";
import { contentApi, contentHref, type DraftDetail, type DraftInput } from "./api.js";
import { HitsPanel } from "./hits-panel.js";

const TYPE_OPTIONS = Object.entries(CONTENT_TYPE_LABELS).map(([id, label]) => ({ id, label }));

const blank = (): DraftInput => ({ title: "", body: "", type: "original", author: "", accountIds: [], images: [] });

/** datetime-local works in the browser's zone; the system's times are Beijing time. */
const toLocal = (iso?: string) => (iso ? new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16) : "");
const fromLocal = (value: string) => (value ? new Date(`${value}:00+08:00`).toISOString() : undefined);

/** 撰写稿件: a new draft, or the text of one being changed (which voids a running round or an approval). */
export function DraftForm(props: { detail?: DraftDetail; navigate: (hash: string) => void }) {
  const existing = props.detail;
  const [draft, setDraft] = useState<DraftInput>(existing ? { ...existing.version, images: existing.version.images ?? [] } : blank());
  const [hits, setHits] = useState<WordHit[] | undefined>(existing?.hits);
  const [checkError, setCheckError] = useState<string>();
  const accounts = useLoad(contentApi.filedAccounts);
  const set = (patch: Partial<DraftInput>) => setDraft((d) => ({ ...d, ...patch }));
  const { formRef, busy, errors, onSubmit } = useFormSubmit({
    send: async () => {
      const input = { ...draft, source: draft.type === "repost" ? draft.source : undefined };
      const saved = existing ? await contentApi.update(existing.draft.draftId, input) : await contentApi.create(input);
      props.navigate(contentHref.detail(saved.draftId));
    },
  });
  const check = async () => {
    setCheckError(undefined);
    try {
      setHits((await contentApi.check(draft.title, draft.body)).hits);
    } catch (error) {
      setCheckError(errorMessage(error, "检查失败，请稍后重试"));
    }
  };
  const status = existing?.draft.status;
  return (
    <form class="filing-form draft-form" noValidate data-testid="draft-form" ref={formRef} onSubmit={onSubmit}>
      {status === "in_review" || status === "approved" ? (
        <Notice tone="warn" testId="void-warning">
          该稿件{status === "in_review" ? "正在审核中" : "已通过审核"}。保存修改后，{status === "in_review" ? "本轮审核将作废" : "原审核结论将作废"}，须重新送审。
        </Notice>
      ) : null}
      <FormError errors={errors} />
      <FieldSection title="发布账号">
        {accounts.state === "loading" ? <Loading /> : null}
        {accounts.state === "error" ? <LoadError error={accounts.error} /> : null}
        {accounts.state === "ok" ? (
          <div class="field field-wide">
            <fieldset class="account-choices" data-testid="field-accountIds" aria-describedby="err-accountIds">
              <legend class="visually-hidden">发布账号</legend>
              {accounts.data.length === 0 ? <p class="hint">本单位暂无已备案账号，须先完成备案。</p> : null}
              {accounts.data.map((a) => (
                <label>
                  <input
                    type="checkbox"
                    name="accountIds"
                    value={a.accountId}
                    data-testid="account-choice"
                    checked={draft.accountIds.includes(a.accountId)}
                    onChange={(e: Event) => {
                      const on = (e.target as HTMLInputElement).checked;
                      set({ accountIds: on ? [...draft.accountIds, a.accountId] : draft.accountIds.filter((id) => id !== a.accountId) });
                    }}
                  />
                  {platformLabel(a.platform)}「{a.accountName}」
                </label>
              ))}
            </fieldset>
            <p id="err-accountIds" class="field-error" data-error-for="accountIds" hidden={!errors.fields.accountIds}>
              {errors.fields.accountIds ?? ""}
            </p>
          </div>
        ) : null}
      </FieldSection>
      <FieldSection title="稿件">
        <Field path="title" label="标题" required wide errors={errors} control={(attrs) => <TextInput attrs={attrs} maxLength={200} value={draft.title} onValue={(title) => set({ title })} />} />
        <Field path="type" label="稿件类型" required errors={errors} control={(attrs) => <Select attrs={attrs} options={TYPE_OPTIONS} value={draft.type} onValue={(type) => set({ type: type as DraftInput["type"] })} />} />
        {draft.type === "repost" ? <Field path="source" label="转载来源" required errors={errors} control={(attrs) => <TextInput attrs={attrs} maxLength={200} value={draft.source ?? ""} onValue={(source) => set({ source })} />} /> : null}
        <Field path="author" label="作者" required errors={errors} control={(attrs) => <TextInput attrs={attrs} maxLength={50} value={draft.author} onValue={(author) => set({ author })} />} />
        <Field path="plannedAt" label="计划发布时间（北京时间）" errors={errors} control={(attrs) => <input type="datetime-local" {...attrs} value={toLocal(draft.plannedAt)} onInput={(e: Event) => set({ plannedAt: fromLocal((e.target as HTMLInputElement).value) })} />} />
        <Field path="images" label="配图（每行一个文件名或网址）" wide errors={errors} control={(attrs) => <TextArea attrs={attrs} maxLength={5000} value={draft.images.join("\n")} onValue={(v) => set({ images: v.split("\n").map((s) => s.trim()).filter(Boolean) })} />} />
        <Field
          path="body"
          label="正文"
          required
          wide
          errors={errors}
          count={{ length: draft.body.length, max: 50000 }}
          control={(attrs) => <textarea class="body-input" maxLength={50000} {...attrs} value={draft.body} onInput={(e: Event) => set({ body: (e.target as HTMLTextAreaElement).value })} />}
        />
      </FieldSection>
      <FieldSection title="错敏词检查">
        <p class="hint">保存前可先检查；送审时系统会再检查一次。</p>
        <button type="button" class="btn btn-secondary" data-testid="check-words" onClick={check}>
          检查错敏词
        </button>
        {checkError ? <Notice tone="err">{checkError}</Notice> : null}
        {hits ? <HitsPanel hits={hits} /> : null}
      </FieldSection>
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" data-testid="save-draft" disabled={busy}>
          {busy ? "正在保存…" : "保存稿件"}
        </button>
        <a class="btn btn-secondary" href={existing ? contentHref.detail(existing.draft.draftId) : contentHref.list()}>
          取消
        </a>
      </div>
    </form>
  );
}
