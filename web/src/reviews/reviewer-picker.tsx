/** @jsxImportSource hono/jsx/dom */
import { STAGE_LABELS, type Stage } from "@beian/core";
import { useRef, useState } from "hono/jsx/dom";
import type { Reviewer } from "./api.js";

/**
 * One stage's reviewers: a select and 添加 add one person at a time, each chosen person is a chip
 * with 移除. (A multi-select box dropped everyone else on a plain click.) Native controls only, so
 * it works by keyboard; a status line tells screen readers what changed.
 */
export function ReviewerPicker(props: { scope: string; stage: Stage; reviewers: Reviewer[]; chosen: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const { scope, stage, reviewers, chosen } = props;
  const [pick, setPick] = useState("");
  const [said, setSaid] = useState("");
  const select = useRef<HTMLSelectElement>(null);
  const nameOf = (id: string) => reviewers.find((r) => r.personId === id)?.name ?? id;
  const available = reviewers.filter((r) => !chosen.includes(r.personId));
  const base = `chain-${scope}-${stage}`;
  const stageName = STAGE_LABELS[stage];

  const add = () => {
    if (!pick || chosen.includes(pick)) return;
    props.onChange([...chosen, pick]);
    setSaid(`已添加${stageName}审核人：${nameOf(pick)}`);
    setPick("");
    select.current?.focus();
  };
  const remove = (id: string) => {
    props.onChange(chosen.filter((c) => c !== id));
    setSaid(`已移除${stageName}审核人：${nameOf(id)}`);
    select.current?.focus();
  };

  return (
    <fieldset class="reviewer-picker" data-testid={base}>
      <legend>{stageName}</legend>
      {chosen.length ? (
        <ul class="chips" aria-label={`${stageName}已选审核人`}>
          {chosen.map((id) => (
            <li class="chip" data-testid={`${base}-chosen`} data-person-id={id}>
              <span>{nameOf(id)}</span>
              <button type="button" class="chip-remove" aria-label={`移除 ${nameOf(id)}`} data-testid={`${base}-remove-${id}`} onClick={() => remove(id)}>
                移除
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">未指定审核人</p>
      )}
      <div class="picker-add">
        <label for={`${base}-select`} class="visually-hidden">{`选择${stageName}审核人`}</label>
        <select id={`${base}-select`} data-testid={`${base}-select`} ref={select} value={pick} onChange={(e: Event) => setPick((e.target as HTMLSelectElement).value)}>
          <option value="">{`选择${stageName}审核人`}</option>
          {available.map((r) => (
            <option value={r.personId} selected={r.personId === pick}>{`${r.name}（${r.unitName}）`}</option>
          ))}
        </select>
        <button type="button" class="btn btn-secondary" data-testid={`${base}-add`} disabled={!pick} onClick={add}>
          添加
        </button>
      </div>
      {props.error ? <p class="field-error">{props.error}</p> : null}
      <span class="visually-hidden" role="status">
        {said}
      </span>
    </fieldset>
  );
}
