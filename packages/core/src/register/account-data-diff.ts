import { PLATFORMS } from "../shared/platforms.js";
import type { FilingInput } from "./account-data.js";
import { OPERATION_MODE_LABELS, VERIFICATION_LABELS } from "./account-labels.js";

/** A filing's data as labelled rows, in form order, for pages and change lists. */
export function describeFiling(data: FilingInput): [string, string][] {
  const rows: [string, string][] = [
    ["平台类型", PLATFORMS[data.platform].label],
    ["账号名称", data.accountName],
    ["平台账号或网址", data.platformAccountId],
    ["开设宗旨", data.purpose],
    ["信息发布范围", data.publishingScope],
    ["主管领导", `${data.leader.name}（${data.leader.title}，${data.leader.phone}）`],
    ...data.administrators.map(
      (a, i): [string, string] => [`后台管理人员 ${i + 1}`, `${a.name}，${a.phone}，${a.email}，${a.onPayroll ? "在编" : "非在编"}`],
    ),
    ["运营方式", OPERATION_MODE_LABELS[data.operationMode]],
  ];
  if (data.contractor) rows.push(["受托单位", `${data.contractor.name}（合同到期 ${data.contractor.contractEndDate}）`]);
  rows.push(["认证状态", VERIFICATION_LABELS[data.verification]]);
  if (data.justification) rows.push(["同平台多账号理由", data.justification]);
  return rows;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** What a resubmission changed, so reviewers of the new round see exactly what moved. */
export function diffFiling(before: FilingInput, after: FilingInput): FieldChange[] {
  const a = new Map(describeFiling(before));
  const b = new Map(describeFiling(after));
  const fields = [...new Set([...a.keys(), ...b.keys()])];
  return fields
    .filter((f) => a.get(f) !== b.get(f))
    .map((field) => ({ field, before: a.get(field) ?? "（无）", after: b.get(field) ?? "（无）" }));
}
