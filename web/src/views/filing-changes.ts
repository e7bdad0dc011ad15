import { h } from "../dom.js";
import { label, platformLabel } from "../format.js";
import type { FilingInput } from "../types.js";

/** The filing's data as labelled rows in form order (the page's twin of the core's describeFiling). */
export function describeRows(data: FilingInput): [string, string][] {
  const rows: [string, string][] = [
    ["平台类型", platformLabel(data.platform)],
    ["账号名称", data.accountName],
    ["平台账号或网址", data.platformAccountId],
    ["开设宗旨", data.purpose],
    ["信息发布范围", data.publishingScope],
    ["主管领导", `${data.leader.name}（${data.leader.title}，${data.leader.phone}）`],
    ...data.administrators.map((a, i): [string, string] => [`后台管理人员 ${i + 1}`, `${a.name}，${a.phone}，${a.email}，${a.onPayroll ? "在编" : "非在编"}`]),
    ["运营方式", label("operationModes", data.operationMode)],
  ];
  if (data.contractor) rows.push(["受托单位", `${data.contractor.name}（合同到期 ${data.contractor.contractEndDate}）`]);
  rows.push(["认证状态", label("verificationStatuses", data.verification)]);
  if (data.justification) rows.push(["同平台多账号理由", data.justification]);
  return rows;
}

export interface Change {
  field: string;
  before: string;
  after: string;
}

export function diffRows(before: FilingInput, after: FilingInput): Change[] {
  const a = new Map(describeRows(before));
  const b = new Map(describeRows(after));
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((f) => a.get(f) !== b.get(f))
    .map((field) => ({ field, before: a.get(field) ?? "（无）", after: b.get(field) ?? "（无）" }));
}

/** 变更内容: one row per changed item, before → after. */
export function changeTable(changes: Change[]): HTMLElement {
  if (!changes.length) return h("p", { class: "hint", "data-testid": "change-none" }, "备案信息无变化。");
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "data-table compact change-table", "data-testid": "change-table" },
      h("caption", { class: "visually-hidden" }, "变更内容（变更前 → 变更后）"),
      h("thead", {}, h("tr", {}, ["变更项", "变更前", "", "变更后"].map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        {},
        changes.map((c) =>
          h(
            "tr",
            { "data-testid": "change-row", "data-field": c.field },
            h("th", { scope: "row" }, c.field),
            h("td", { class: "change-before", "data-testid": "change-before" }, c.before),
            h("td", { class: "change-arrow", "aria-label": "变更为" }, "→"),
            h("td", { class: "change-after", "data-testid": "change-after" }, c.after),
          ),
        ),
      ),
    ),
  );
}
