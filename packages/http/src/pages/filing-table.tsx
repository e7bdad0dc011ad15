import { describeFiling, type FilingInput } from "@beian/core";

export function FilingTable(props: { data: FilingInput; extra?: [string, string][] }) {
  return (
    <table data-testid="filing-details">
      {[...(props.extra ?? []), ...describeFiling(props.data)].map(([label, value]) => (
        <tr>
          <th>{label}</th>
          <td>{value}</td>
        </tr>
      ))}
    </table>
  );
}
