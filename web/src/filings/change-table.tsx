/** @jsxImportSource hono/jsx/dom */
import type { FieldChange } from "@beian/core";

/** 变更内容: one row per changed item, before → after (rows from the core's diffFiling). */
export function ChangeTable({ changes }: { changes: FieldChange[] }) {
  if (!changes.length) {
    return (
      <p class="hint" data-testid="change-none">
        备案信息无变化。
      </p>
    );
  }
  return (
    <div class="table-wrap">
      <table class="data-table compact change-table" data-testid="change-table">
        <caption class="visually-hidden">变更内容（变更前 → 变更后）</caption>
        <thead>
          <tr>
            <th scope="col">变更项</th>
            <th scope="col">变更前</th>
            <th scope="col">
              <span class="visually-hidden">变更为</span>
            </th>
            <th scope="col">变更后</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr data-testid="change-row" data-field={c.field}>
              <th scope="row">{c.field}</th>
              <td class="change-before" data-testid="change-before">
                {c.before}
              </td>
              <td class="change-arrow" aria-hidden="true">
                →
              </td>
              <td class="change-after" data-testid="change-after">
                {c.after}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
