import { ApiError } from "../api.js";
import type { ViewContext } from "../context.js";
import { directoryApi, STAGE_NAMES, type Delegation, type InboxItem } from "../directory-api.js";
import { h, mount, notice, pageTitle } from "../dom.js";
import { formatTime } from "../format.js";

const errorText = (error: unknown) => (error instanceof ApiError ? [error.message, ...error.fields.map((f) => f.message)].join("：") : "操作失败，请稍后重试");

function inboxTable(items: InboxItem[]) {
  if (items.length === 0) return h("p", { class: "empty", "data-testid": "inbox-empty" }, "暂无待您审核的事项。");
  return h(
    "table",
    { class: "data-table", "data-testid": "inbox" },
    h("thead", {}, h("tr", {}, ["账号", "主办单位", "环节", "待审自", ""].map((t) => h("th", { scope: "col" }, t)))),
    h(
      "tbody",
      {},
      items.map((i) =>
        h(
          "tr",
          { "data-item-id": i.itemId },
          h("td", {}, i.accountName),
          h("td", {}, i.unitName),
          h("td", {}, `${STAGE_NAMES[i.stage]}（第 ${i.round} 轮）${i.onBehalfOfName ? ` · 代${i.onBehalfOfName}` : ""}`),
          h("td", {}, formatTime(i.since)),
          // A full page load: the confirm page is served by the server, like the emailed link's.
          h("td", {}, h("a", { class: "btn", href: i.href, "data-testid": `open-${i.itemId}-${i.stage}` }, "去审核")),
        ),
      ),
    ),
  );
}

function delegationCard(current: Delegation, reviewers: { personId: string; name: string; unitName: string }[], ctx: ViewContext, fail: (e: unknown) => void) {
  const select = h("select", { "data-testid": "deputy" }, h("option", { value: "" }, "选择代签人"), reviewers.filter((r) => r.personId !== ctx.person.personId).map((r) => h("option", { value: r.personId, selected: r.personId === current.deputy?.personId }, `${r.name}（${r.unitName}）`)));
  const until = h("input", { type: "date", value: current.until ?? "", "data-testid": "deputy-until" });
  const save = h("button", { type: "submit", class: "btn", "data-testid": "deputy-save" }, "保存");
  const clear = h("button", { type: "button", class: "btn btn-secondary", "data-testid": "deputy-clear" }, "取消代签");
  const form = h(
    "form",
    { class: "card", "data-testid": "delegation-form" },
    h("h2", {}, "代签设置"),
    h("p", { class: "muted" }, current.deputy ? `当前代签人：${current.deputy.name}${current.until ? `，至 ${current.until}` : ""}${current.inForce ? "" : "（已失效）"}` : "未设置代签人。设置后，分配给您的审核任务也会发给代签人，其决定记为“代签”。"),
    h("label", { class: "field" }, h("span", { class: "field-label" }, "代签人"), select),
    h("label", { class: "field" }, h("span", { class: "field-label" }, "截止日期（可不填）"), until),
    save,
    current.deputy ? clear : null,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await directoryApi.setDelegation(select.value, until.value || undefined);
      ctx.navigate("#/my-reviews");
    } catch (error) {
      fail(error);
    }
  });
  clear.addEventListener("click", async () => {
    try {
      await directoryApi.clearDelegation();
      ctx.navigate("#/my-reviews");
    } catch (error) {
      fail(error);
    }
  });
  return form;
}

/** 待我审核 (reviewers): pending tasks opening the confirm page, and the reviewer's deputy. */
export async function renderMyReviews(main: HTMLElement, ctx: ViewContext): Promise<void> {
  const status = h("div", { "aria-live": "polite" });
  const body = h("div", {}, h("p", { class: "loading" }, "正在加载…"));
  mount(main, h("div", { class: "page-head" }, pageTitle("待我审核")), status, body);
  try {
    const [items, delegation, reviewers] = await Promise.all([directoryApi.inbox(), directoryApi.delegation(), directoryApi.reviewers()]);
    if (!ctx.isCurrent()) return;
    mount(body, h("section", { class: "card" }, inboxTable(items)), delegationCard(delegation, reviewers, ctx, (e) => mount(status, notice("err", errorText(e)))));
  } catch (error) {
    if (ctx.isCurrent()) mount(body, notice("err", errorText(error)));
  }
}
