/** @jsxImportSource hono/jsx/dom */
import { useState } from "hono/jsx/dom";
import { errorWithFields } from "../ui/api-client.js";
import { Notice } from "../ui/notice.js";
import { reviewApi, type Delegation, type Reviewer } from "./api.js";

/** 代签设置: the reviewer's deputy, who also gets links for the reviewer's tasks; decisions recorded as 代签. */
export function DelegationForm(props: { current: Delegation; reviewers: Reviewer[]; selfId: string; onSaved: () => void }) {
  const { current } = props;
  const [deputyId, setDeputyId] = useState(current.deputy?.personId ?? "");
  const [until, setUntil] = useState(current.until ?? "");
  const [failure, setFailure] = useState("");
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setFailure("");
      props.onSaved();
    } catch (error) {
      setFailure(errorWithFields(error));
    }
  };
  return (
    <form
      class="card"
      data-testid="delegation-form"
      aria-labelledby="delegation-title"
      onSubmit={(event: Event) => {
        event.preventDefault();
        void run(() => reviewApi.setDelegation(deputyId, until || undefined));
      }}
    >
      <h2 id="delegation-title">代签设置</h2>
      <p class="muted">
        {current.deputy
          ? `当前代签人：${current.deputy.name}${current.until ? `，至 ${current.until}` : ""}${current.inForce ? "" : "（已失效）"}`
          : "未设置代签人。设置后，分配给您的审核任务也会发给代签人，其决定记为“代签”。"}
      </p>
      <div aria-live="polite">{failure ? <Notice tone="err">{failure}</Notice> : null}</div>
      <div class="field">
        <label for="deputy">代签人</label>
        <select id="deputy" data-testid="deputy" value={deputyId} onChange={(e: Event) => setDeputyId((e.target as HTMLSelectElement).value)}>
          <option value="">选择代签人</option>
          {props.reviewers
            .filter((r) => r.personId !== props.selfId)
            .map((r) => (
              <option value={r.personId} selected={r.personId === deputyId}>{`${r.name}（${r.unitName}）`}</option>
            ))}
        </select>
      </div>
      <div class="field">
        <label for="deputy-until">截止日期（可不填）</label>
        <input id="deputy-until" type="date" data-testid="deputy-until" value={until} onInput={(e: Event) => setUntil((e.target as HTMLInputElement).value)} />
      </div>
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" data-testid="deputy-save">
          保存
        </button>
        {current.deputy ? (
          <button type="button" class="btn btn-secondary" data-testid="deputy-clear" onClick={() => run(reviewApi.clearDelegation)}>
            取消代签
          </button>
        ) : null}
      </div>
    </form>
  );
}
