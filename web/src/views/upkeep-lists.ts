import { ApiError } from "../api.js";
import type { ViewContext } from "../context.js";
import { h, mount, notice, pageTitle } from "../dom.js";
import { formatTime, platformLabel } from "../format.js";
import { CONTRACT_LABELS, upkeepApi, type CredentialTask, type ExpiringContract } from "../upkeep-api.js";

const accountHref = (accountId: string) => `#/accounts/${encodeURIComponent(accountId)}`;

/**
 * 账号安全: "rotate password / unbind devices" tasks (admins: all open ones, or only overdue;
 * operators: their unit's, which they complete here) and, for admins, 委托运营 contracts ending.
 */
export async function renderUpkeepLists(main: HTMLElement, ctx: ViewContext, overdueOnly = false): Promise<void> {
  const isAdmin = ctx.person.roles.includes("admin");
  const toggle = h("a", { class: "btn btn-secondary", href: overdueOnly ? "#/credential-tasks" : "#/credential-tasks?overdue=1", "data-testid": "overdue-toggle" }, overdueOnly ? "显示全部待办" : "只看逾期");
  const tasks = h("section", { class: "card" }, h("p", { class: "loading" }, "正在加载…"));
  const contracts = isAdmin ? h("section", { class: "card" }, h("p", { class: "loading" }, "正在加载…")) : null;
  mount(main, h("div", { class: "page-head" }, pageTitle("账号安全"), toggle), notice("info", "本系统不保存密码：完成任务时只登记更换日期。"), tasks, contracts);

  const fail = (into: HTMLElement, error: unknown) => ctx.isCurrent() && mount(into, notice("err", error instanceof ApiError ? error.message : "加载失败，请稍后重试"));
  try {
    const items = await upkeepApi.credentialTasks(overdueOnly);
    if (ctx.isCurrent()) mount(tasks, h("h2", {}, overdueOnly ? "逾期的更换密码 / 解绑设备任务" : "更换密码 / 解绑设备任务"), taskTable(items, ctx));
  } catch (error) {
    fail(tasks, error);
  }
  if (!contracts) return;
  try {
    const items = await upkeepApi.expiringContracts();
    if (ctx.isCurrent()) mount(contracts, h("h2", {}, "委托运营合同到期提醒（30 天内及已到期）"), contractTable(items));
  } catch (error) {
    fail(contracts, error);
  }
}

function taskTable(items: CredentialTask[], ctx: ViewContext): HTMLElement {
  if (items.length === 0) return h("p", { class: "empty", "data-testid": "tasks-empty" }, "暂无待办任务。");
  const canComplete = ctx.person.roles.includes("operator") || ctx.person.roles.includes("admin");
  return h(
    "table",
    { class: "data-table", "data-testid": "credential-tasks" },
    h("thead", {}, h("tr", {}, ["账号", "备案编号", "离任管理人员", "期限", "状态", ""].map((t) => h("th", { scope: "col" }, t)))),
    h(
      "tbody",
      {},
      items.map((t) =>
        h(
          "tr",
          { "data-task-id": t.taskId, "data-overdue": t.overdue ? "true" : undefined },
          h("td", {}, h("a", { href: accountHref(t.accountId) }, t.accountName)),
          h("td", { class: "mono" }, t.filingNumber),
          h("td", {}, t.removedAdmins.join("、") || "—"),
          h("td", {}, formatTime(t.dueAt)),
          h("td", {}, t.state === "done" ? `已完成（${t.rotatedOn ?? ""}）` : t.overdue ? h("strong", { class: "field-error" }, "已逾期") : "待办"),
          h("td", {}, t.state === "open" && canComplete ? completeForm(t, ctx) : null),
        ),
      ),
    ),
  );
}

function completeForm(task: CredentialTask, ctx: ViewContext): HTMLElement {
  const date = h("input", { type: "date", required: true, "aria-label": "更换密码日期", max: new Date().toISOString().slice(0, 10) });
  const unbound = h("input", { type: "checkbox", "aria-label": "已解绑离任人员的登录设备" });
  const status = h("span", { role: "status" });
  const form = h("form", { class: "inline-form" }, date, h("label", {}, unbound, " 已解绑设备"), h("button", { type: "submit", class: "btn btn-small" }, "登记完成"), status);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await upkeepApi.completeTask(task.taskId, { rotatedOn: date.value, devicesUnbound: unbound.checked });
      ctx.navigate(location.hash);
    } catch (error) {
      const message = error instanceof ApiError ? (error.fields[0]?.message ?? error.message) : "登记失败，请稍后重试";
      mount(status, h("span", { class: "field-error" }, message));
    }
  });
  return form;
}

function contractTable(items: ExpiringContract[]): HTMLElement {
  if (items.length === 0) return h("p", { class: "empty", "data-testid": "contracts-empty" }, "30 天内没有到期的委托运营合同。");
  return h(
    "table",
    { class: "data-table", "data-testid": "expiring-contracts" },
    h("thead", {}, h("tr", {}, ["账号", "平台", "主办单位", "受托单位", "到期日", "状态"].map((t) => h("th", { scope: "col" }, t)))),
    h(
      "tbody",
      {},
      items.map((c) =>
        h(
          "tr",
          { "data-state": c.state },
          h("td", {}, h("a", { href: accountHref(c.accountId) }, c.accountName)),
          h("td", {}, platformLabel(c.platform)),
          h("td", {}, c.unitName),
          h("td", {}, c.contractorName),
          h("td", {}, c.contractEndDate),
          h("td", {}, c.state === "ended" ? h("strong", { class: "field-error" }, `${CONTRACT_LABELS.ended}（${-c.daysLeft} 天）`) : `${CONTRACT_LABELS[c.state]}（剩 ${c.daysLeft} 天）`),
        ),
      ),
    ),
  );
}
