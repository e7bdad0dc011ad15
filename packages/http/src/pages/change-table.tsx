import type { FieldChange } from "@beian/core";

/** Field-by-field before → after, for a 变更 and for what a resubmission changed. */
export function ChangeTable(props: { rows: FieldChange[]; before: string; after: string; testId: string }) {
  return (
    <table data-testid={props.testId}>
      <tr>
        <th>项目</th>
        <th>{props.before}</th>
        <th>{props.after}</th>
      </tr>
      {props.rows.map((c) => (
        <tr>
          <td>{c.field}</td>
          <td>{c.before}</td>
          <td>{c.after}</td>
        </tr>
      ))}
    </table>
  );
}
