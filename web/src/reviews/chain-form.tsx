/** @jsxImportSource hono/jsx/dom */
import { STAGES, type ChainStages, type ReviewChain } from "@beian/core";
import { useState } from "hono/jsx/dom";
import { ApiError, errorWithFields } from "../ui/api-client.js";
import { Notice } from "../ui/notice.js";
import { formatTime } from "../ui/time.js";
import { reviewApi, type Reviewer } from "./api.js";
import { ReviewerPicker } from "./reviewer-picker.js";

type Outcome = { state: "idle" } | { state: "failed"; message: string; fields: Record<string, string> };

/** One chain (the default, or a unit's override): reviewers per stage, saved together. */
export function ChainForm(props: { kind: string; title: string; scope: string; chain?: ReviewChain; reviewers: Reviewer[]; removable: boolean; onSaved: (what: string) => void }) {
  const { scope, kind } = props;
  const [stages, setStages] = useState<ChainStages>(props.chain?.stages ?? {});
  const [outcome, setOutcome] = useState<Outcome>({ state: "idle" });
  const fail = (error: unknown) =>
    setOutcome({
      state: "failed",
      message: errorWithFields(error),
      fields: Object.fromEntries((error instanceof ApiError ? error.fields : []).map((f) => [f.field, f.message])),
    });
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await reviewApi.setChain(kind, scope, Object.fromEntries(STAGES.filter((s) => stages[s]?.length).map((s) => [s, stages[s]])));
      setOutcome({ state: "idle" });
      props.onSaved(`已保存${props.title}。`);
    } catch (error) {
      fail(error);
    }
  };
  const remove = async () => {
    try {
      await reviewApi.removeOverride(kind, scope);
      props.onSaved(`已删除${props.title}，沿用上级或默认流程。`);
    } catch (error) {
      fail(error);
    }
  };
  const titleId = `chain-title-${scope}`;
  return (
    <form class="card chain-form" data-testid={`chain-form-${scope}`} aria-labelledby={titleId} onSubmit={save}>
      <h2 id={titleId}>{props.title}</h2>
      {props.chain?.updatedAt ? <p class="muted">{`最近修改：${formatTime(props.chain.updatedAt)}。修改只影响此后开始的审核轮次。`}</p> : null}
      <div class="chain-stages">
        {STAGES.map((stage) => (
          <ReviewerPicker
            scope={scope}
            stage={stage}
            reviewers={props.reviewers}
            chosen={stages[stage] ?? []}
            error={outcome.state === "failed" ? outcome.fields[`stages.${stage}`] : undefined}
            onChange={(ids) => {
              setStages((s) => ({ ...s, [stage]: ids }));
              setOutcome({ state: "idle" });
            }}
          />
        ))}
      </div>
      <div aria-live="polite">
        {outcome.state === "failed" ? <Notice tone="err">{outcome.message}</Notice> : null}
      </div>
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" data-testid={`chain-save-${scope}`}>
          保存
        </button>
        {props.removable ? (
          <button type="button" class="btn btn-secondary" data-testid={`chain-remove-${scope}`} onClick={remove}>
            删除单位设置（沿用上级或默认）
          </button>
        ) : null}
      </div>
    </form>
  );
}
