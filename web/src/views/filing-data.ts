import { h } from "../dom.js";
import { label, platformLabel } from "../format.js";
import type { FilingInput } from "../types.js";

/** Label, value, and whether the value is long text that needs the full width. */
type Row = [string, string | undefined, "wide"?];

function list(rows: Row[]): HTMLElement {
  return h(
    "dl",
    { class: "data-list" },
    rows
      .filter(([, v]) => v !== undefined && v !== "")
      .map(([k, v, wide]) => h("div", { class: wide ? "data-item data-item-wide" : "data-item" }, h("dt", {}, k), h("dd", {}, v!))),
  );
}

function group(title: string, body: HTMLElement): HTMLElement {
  return h("section", { class: "data-group" }, h("h3", {}, title), body);
}

/** The submitted 新媒体建设申请表, read-only, in the form's own grouping. */
export function filingData(data: FilingInput): HTMLElement {
  const admins = h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "data-table compact" },
      h("thead", {}, h("tr", {}, ["序号", "姓名", "手机号", "邮箱", "是否在编"].map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        {},
        data.administrators.map((a, i) =>
          h("tr", {}, h("td", {}, String(i + 1)), h("td", {}, a.name), h("td", {}, a.phone), h("td", {}, a.email), h("td", {}, a.onPayroll ? "在编" : "非在编")),
        ),
      ),
    ),
  );
  return h(
    "div",
    { class: "filing-data" },
    group(
      "基本信息",
      list([
        ["平台类型", platformLabel(data.platform)],
        ["账号名称", data.accountName],
        ["平台账号或网址", data.platformAccountId, "wide"],
        ["开设宗旨", data.purpose, "wide"],
        ["信息发布范围", data.publishingScope, "wide"],
      ]),
    ),
    group(
      "主管领导",
      list([
        ["姓名", data.leader.name],
        ["职务", data.leader.title],
        ["联系电话", data.leader.phone],
      ]),
    ),
    group("后台管理人员", admins),
    group(
      "运营方式",
      list([
        ["运营方式", label("operationModes", data.operationMode)],
        ["受托单位名称", data.contractor?.name],
        ["合同到期日", data.contractor?.contractEndDate],
      ]),
    ),
    group("认证情况", list([["认证状态", label("verificationStatuses", data.verification)]])),
    data.justification ? group("说明", list([["同平台多账号理由", data.justification, "wide"]])) : null,
  );
}
