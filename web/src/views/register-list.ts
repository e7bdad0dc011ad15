import { ApiError } from "../api.js";
import { accountStatusBadge } from "../account-format.js";
import type { Account } from "../account-types.js";
import type { ViewContext } from "../context.js";
import { h, mount, notice, pageTitle } from "../dom.js";
import { formatTime, options, platformLabel } from "../format.js";
import { registerApi } from "../register-api.js";
import type { RegisterQuery } from "../register-types.js";

const PAGE_SIZE = "20";

/** 备案登记: the register with filters, page by page (opaque cursors), and the 备案登记表 export. */
export async function renderRegisterList(main: HTMLElement, ctx: ViewContext): Promise<void> {
  const isAdmin = ctx.person.roles.includes("admin");
  const select = (name: string, label: string, choices: { id: string; label: string }[]) =>
    h("div", { class: "field" }, h("label", { for: `rf-${name}` }, label), h("select", { id: `rf-${name}`, name, "data-testid": `register-${name}` }, h("option", { value: "" }, "全部"), choices.map((c) => h("option", { value: c.id }, c.label))));
  const unitField = isAdmin ? select("unitId", "主办单位", []) : null;
  const form = h(
    "form",
    { class: "register-filters", role: "search", "aria-label": "筛选备案账号" },
    h("div", { class: "field" }, h("label", { for: "rf-q" }, "关键词"), h("input", { id: "rf-q", name: "q", type: "text", maxlength: 100, placeholder: "账号名称 / 备案编号 / 平台账号或网址", "data-testid": "register-q" })),
    unitField,
    isAdmin ? h("label", { class: "check" }, h("input", { type: "checkbox", name: "subUnits", checked: true, "data-testid": "register-subunits" }), "含下级单位") : null,
    select("platform", "平台", options("platforms")),
    select("status", "状态", [
      { id: "filed", label: "已备案" },
      { id: "suspended", label: "已停用" },
      { id: "cancelled", label: "已注销" },
    ]),
    h("div", { class: "register-actions" }, h("button", { type: "submit", class: "btn btn-primary", "data-testid": "register-search" }, "查询")),
  );
  const exports = h("div", { class: "register-actions" });
  const results = h("div", { class: "card" }, h("p", { class: "loading" }, "正在加载…"));
  const pager = h("div", { class: "pager" });
  mount(
    main,
    h("div", { class: "page-head" }, pageTitle("备案登记"), isAdmin ? h("a", { class: "btn btn-secondary", href: "#/register/import", "data-testid": "nav-import" }, "批量导入") : null),
    h("div", { class: "card" }, form, exports),
    results,
    pager,
  );

  if (unitField) {
    registerApi.units().then(
      (units) => {
        const el = unitField.querySelector("select")!;
        for (const u of units) el.append(h("option", { value: u.unitId }, `${"　".repeat(Math.max(0, (u.path ?? "/").split("/").length - 3))}${u.name}`));
      },
      () => undefined,
    );
  }

  const current = (): RegisterQuery => {
    const data = new FormData(form);
    const text = (k: string) => String(data.get(k) ?? "").trim();
    return { q: text("q"), unitId: text("unitId"), subUnits: isAdmin && !data.get("subUnits") ? "0" : undefined, platform: text("platform"), status: text("status") as RegisterQuery["status"], limit: PAGE_SIZE };
  };

  /** Cursors of the pages seen so far, so 上一页 goes back without the server keeping state. */
  let trail: (string | undefined)[] = [];

  async function load(query: RegisterQuery, cursor: string | undefined): Promise<void> {
    mount(exports, h("a", { class: "btn btn-secondary btn-small", href: registerApi.exportHref("csv", query), download: "", "data-testid": "export-csv" }, "导出 CSV"), h("a", { class: "btn btn-secondary btn-small", href: registerApi.exportHref("xlsx", query), download: "", "data-testid": "export-xlsx" }, "导出 Excel"));
    mount(results, h("p", { class: "loading" }, "正在加载…"));
    try {
      const page = await registerApi.list({ ...query, cursor });
      if (!ctx.isCurrent()) return;
      mount(results, page.items.length ? table(page.items, ctx) : h("p", { class: "empty", "data-testid": "register-empty" }, "没有符合条件的账号。"));
      const back = h("button", { type: "button", class: "btn btn-secondary btn-small", disabled: trail.length <= 1, "data-testid": "register-prev" }, "上一页");
      const next = h("button", { type: "button", class: "btn btn-secondary btn-small", disabled: !page.nextCursor, "data-testid": "register-next" }, "下一页");
      back.addEventListener("click", () => {
        trail = trail.slice(0, -1);
        void load(query, trail.at(-1));
      });
      next.addEventListener("click", () => {
        trail.push(page.nextCursor);
        void load(query, page.nextCursor);
      });
      mount(pager, back, h("span", { class: "hint" }, `第 ${trail.length} 页`), next);
    } catch (error) {
      if (ctx.isCurrent()) mount(results, notice("err", error instanceof ApiError ? error.message : "加载失败，请稍后重试"));
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    trail = [undefined];
    void load(current(), undefined);
  });
  trail = [undefined];
  await load(current(), undefined);
}

function table(items: Account[], ctx: ViewContext): HTMLElement {
  const headers = ["备案编号", "账号名称", "平台", "平台账号或网址", "主办单位", "状态", "备案时间"];
  const rows = items.map((a) => {
    const href = `#/accounts/${encodeURIComponent(a.accountId)}`;
    const row = h(
      "tr",
      { class: "clickable", "data-testid": "register-row", "data-account-id": a.accountId },
      h("td", { class: "mono", "data-label": "备案编号" }, a.filingNumber),
      h("td", { "data-label": "账号名称" }, h("a", { href }, a.accountName)),
      h("td", { "data-label": "平台" }, platformLabel(a.platform)),
      h("td", { "data-label": "平台账号或网址" }, a.data.platformAccountId),
      h("td", { "data-label": "主办单位" }, a.unitName ?? ""),
      h("td", { "data-label": "状态" }, accountStatusBadge(a.status)),
      h("td", { "data-label": "备案时间" }, formatTime(a.filedAt)),
    );
    row.addEventListener("click", (event) => {
      if (!(event.target as Element).closest("a")) ctx.navigate(href);
    });
    return row;
  });
  return h(
    "div",
    { class: "table-wrap" },
    h("table", { class: "data-table" }, h("caption", { class: "visually-hidden" }, "备案账号列表"), h("thead", {}, h("tr", {}, headers.map((t) => h("th", { scope: "col" }, t)))), h("tbody", {}, rows)),
  );
}
