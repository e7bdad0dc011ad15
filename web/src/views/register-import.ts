import { ApiError } from "../api.js";
import type { ViewContext } from "../context.js";
import { h, mount, notice, pageTitle } from "../dom.js";
import { registerApi } from "../register-api.js";

const TEMPLATE_COLUMNS = "主办单位编码、平台类型、账号名称、平台账号或网址、开设宗旨、信息发布范围、主管领导姓名、主管领导职务、主管领导电话、管理员姓名、管理员手机、管理员邮箱、管理员是否在编、运营方式、受托单位、合同到期日、认证状态、同平台多账号理由、备案日期";

/** 批量导入 (admin): check a CSV / XLSX file, see every bad row, import only a clean file. */
export function renderRegisterImport(main: HTMLElement, ctx: ViewContext): void {
  if (!ctx.person.roles.includes("admin")) {
    mount(main, notice("warn", "仅归口管理部门可以批量导入。"));
    return;
  }
  const input = h("input", { id: "import-file", type: "file", accept: ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "data-testid": "import-file" });
  const check = h("button", { type: "button", class: "btn btn-secondary", "data-testid": "import-check" }, "检查文件");
  const run = h("button", { type: "button", class: "btn btn-primary", "data-testid": "import-run" }, "导入");
  const result = h("div", { class: "import-result", role: "status" });
  mount(
    main,
    h("div", { class: "page-head" }, pageTitle("批量导入"), h("a", { href: "#/register" }, "返回备案登记")),
    h(
      "section",
      { class: "card" },
      h("p", {}, "导入已开设账号的存量数据。文件首行为列名，每行一个账号；多名管理员用“；”分隔。"),
      h("p", { class: "hint" }, `列：${TEMPLATE_COLUMNS}（受托单位、合同到期日、同平台多账号理由、备案日期可空）`),
      h("p", { class: "hint" }, "整份文件先全部校验：任何一行有误则整份文件不导入，请按错误表修改后重新上传。同一文件重复导入不会产生重复账号。"),
      h("div", { class: "field" }, h("label", { for: "import-file" }, "选择文件（CSV 或 XLSX，2 MB 以内）"), input),
      h("div", { class: "register-actions" }, check, run),
    ),
    result,
  );

  async function send(dryRun: boolean) {
    const file = input.files?.[0];
    if (!file) {
      mount(result, notice("warn", "请先选择文件。"));
      return;
    }
    check.disabled = run.disabled = true;
    mount(result, h("p", { class: "loading" }, dryRun ? "正在检查…" : "正在导入…"));
    try {
      const outcome = await registerApi.import(file, dryRun);
      if (!ctx.isCurrent()) return;
      const fresh = dryRun ? outcome.total - outcome.existing.length : outcome.created.length;
      mount(
        result,
        notice(
          "ok",
          h("span", { "data-testid": "import-summary" }, dryRun ? `文件校验通过：共 ${outcome.total} 行，可新增 ${fresh} 个账号，${outcome.existing.length} 个已导入过。` : `导入完成：新增 ${fresh} 个账号，${outcome.existing.length} 个此前已导入（未重复创建）。`),
        ),
      );
    } catch (error) {
      if (!ctx.isCurrent()) return;
      const known = error instanceof ApiError ? error : undefined;
      const rows = (known?.fields ?? []).filter((f) => /^\d+\./.test(f.field));
      mount(result, notice("err", known?.message ?? "导入失败，请稍后重试"), rows.length ? errorTable(rows) : null);
    } finally {
      check.disabled = run.disabled = false;
    }
  }
  check.addEventListener("click", () => void send(true));
  run.addEventListener("click", () => void send(false));
}

function errorTable(rows: { field: string; code: string; message: string }[]): HTMLElement {
  return h(
    "div",
    { class: "table-wrap card" },
    h(
      "table",
      { class: "data-table import-errors", "data-testid": "import-errors" },
      h("thead", {}, h("tr", {}, ["行号", "错误"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, rows.map((r) => h("tr", { "data-testid": "import-error-row" }, h("td", {}, `第 ${r.field.split(".")[0]} 行`), h("td", {}, r.message)))),
    ),
  );
}
