import { ChangeTable } from "./change-table.js";
import { diffFiling, type Filing } from "@beian/core";

/** What a 变更 or 注销 filing asks for, shown to every reviewer above the filing data. */
export function AccountRequest(props: { filing: Filing; unitName: string; transferUnitName?: string }) {
  const { filing } = props;
  if (filing.kind === "cancel") {
    return (
      <section>
        <h2>注销申请</h2>
        <p class="notice warn" data-testid="cancel-reason">
          备案编号 {filing.filingNumber}：申请注销。注销原因：{filing.reason}
        </p>
      </section>
    );
  }
  if (filing.kind !== "change" || !filing.previousData) return null;
  const rows = diffFiling(filing.previousData, filing.data);
  if (props.transferUnitName) rows.unshift({ field: "主办单位", before: props.unitName, after: props.transferUnitName });
  return (
    <section>
      <h2>变更内容（变更前 → 变更后）</h2>
      <p>变更事由：{filing.reason}</p>
      <ChangeTable rows={rows} before="变更前" after="变更后" testId="change-diff" />
    </section>
  );
}
