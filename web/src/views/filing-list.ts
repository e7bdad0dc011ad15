import { api, ApiError } from "../api.js";
import { routes, type ViewContext } from "../context.js";
import { h, mount, notice, pageTitle } from "../dom.js";
import { formatTime, platformLabel, stageLabel, statusBadge } from "../format.js";
import type { Filing } from "../types.js";
import { kindBadge } from "../account-format.js";

/** 我的备案: an operator's own unit's filings; an admin sees every unit's. */
export async function renderFilingList(main: HTMLElement, ctx: ViewContext): Promise<void> {
  const isAdmin = ctx.person.roles.includes("admin");
  const canFile = ctx.person.roles.includes("operator");
  const toolbar = h(
    "div",
    { class: "page-head" },
    pageTitle(isAdmin ? "备案管理" : "我的备案"),
    canFile ? h("a", { class: "btn btn-primary", href: routes.newFiling(), "data-testid": "new-filing" }, "＋ 新建开设备案") : null,
  );
  const body = h("div", { class: "card" }, h("p", { class: "loading" }, "正在加载…"));
  mount(main, toolbar, body);

  let items: Filing[];
  try {
    items = await api.listFilings();
  } catch (error) {
    if (ctx.isCurrent()) mount(body, notice("err", error instanceof ApiError ? error.message : "加载失败，请稍后重试"));
    return;
  }
  if (!ctx.isCurrent()) return;
  if (items.length === 0) {
    mount(
      body,
      h(
        "div",
        { class: "empty", "data-testid": "filing-empty" },
        h("p", {}, "暂无备案记录。"),
        canFile ? h("p", { class: "hint" }, "开设政务新媒体账号前，须先填写新媒体建设申请表，经初审、复审、终审后取得备案编号。") : null,
      ),
    );
    return;
  }
  items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  mount(body, table(items, isAdmin, ctx));
}

function table(items: Filing[], showUnit: boolean, ctx: ViewContext): HTMLElement {
  const headers = ["账号名称", "类型", ...(showUnit ? ["主办单位"] : []), "平台", "状态", "当前环节", "备案编号", "提交时间"];
  const rows = items.map((filing) => {
    const link = h("a", { href: routes.filing(filing.filingId) }, filing.data.accountName);
    const row = h(
      "tr",
      { class: "clickable", "data-testid": "filing-row", "data-filing-id": filing.filingId, "data-kind": filing.kind },
      h("td", { "data-label": "账号名称" }, link),
      h("td", { "data-label": "类型" }, kindBadge(filing.kind)),
      showUnit ? h("td", { "data-label": "主办单位" }, filing.unitName ?? "") : null,
      h("td", { "data-label": "平台" }, platformLabel(filing.platform)),
      h("td", { "data-label": "状态" }, statusBadge(filing.status)),
      h("td", { "data-label": "当前环节", "data-testid": "filing-stage" }, filing.status === "in_review" ? stageLabel(filing.stage) : "—"),
      h("td", { "data-label": "备案编号", "data-testid": "filing-number", class: filing.filingNumber ? "mono" : undefined }, filing.filingNumber ?? "—"),
      h("td", { "data-label": "提交时间" }, formatTime(filing.createdAt)),
    );
    // The whole row is a click target for the mouse; the link inside keeps it reachable by keyboard.
    row.addEventListener("click", (event) => {
      if ((event.target as Element).closest("a")) return;
      ctx.navigate(routes.filing(filing.filingId));
    });
    return row;
  });
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "data-table" },
      h("caption", { class: "visually-hidden" }, "备案申请列表"),
      h("thead", {}, h("tr", {}, headers.map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, rows),
    ),
  );
}
