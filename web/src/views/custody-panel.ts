import { ApiError } from "../api.js";
import type { ViewContext } from "../context.js";
import { h, mount, notice } from "../dom.js";
import { formatTime } from "../format.js";
import { CONTRACT_LABELS, upkeepApi, type CustodyInput, type CustodyView } from "../upkeep-api.js";
import { clearErrors, field, showErrors, textInput } from "./form-controls.js";

const NO_PASSWORD = "本系统只登记账号由谁保管、在哪些设备上登录、最近一次何时更换密码，不保存密码。请勿在任何栏目中填写密码。";

/**
 * 账号保管与安全: an account's credential custody, its rotate/unbind tasks (overdue flagged) and the
 * 委托运营 contract flag. Mounted into the account page, or on its own at #/accounts/:id/custody.
 */
export async function renderCustodyPanel(container: HTMLElement, accountId: string, ctx: ViewContext): Promise<void> {
  mount(container, h("p", { class: "loading" }, "正在加载…"));
  let view: CustodyView;
  try {
    view = await upkeepApi.custody(accountId);
  } catch (error) {
    if (ctx.isCurrent()) mount(container, notice("err", error instanceof ApiError ? error.message : "加载失败，请稍后重试"));
    return;
  }
  if (!ctx.isCurrent()) return;
  const reload = () => void renderCustodyPanel(container, accountId, ctx);
  mount(
    container,
    h(
      "section",
      { class: "card", "data-testid": "custody-panel" },
      h("div", { class: "section-head" }, h("h2", {}, "账号保管与安全")),
      contractLine(view),
      view.overdueTasks > 0 ? notice("warn", `有 ${view.overdueTasks} 项更换密码 / 解绑设备任务已逾期，请尽快处理。`) : null,
      holdersTable(view),
      tasksList(view),
      editForm(accountId, view, reload),
    ),
  );
}

function contractLine(view: CustodyView): HTMLElement | null {
  const c = view.contract;
  if (!c) return null;
  const tone = c.state === "ended" ? "err" : c.state === "expiring" ? "warn" : "info";
  const days = c.state === "ended" ? `已到期 ${-c.daysLeft} 天，请收回受托单位的登录权限` : `还剩 ${c.daysLeft} 天`;
  return h("div", { "data-testid": "contract-flag", "data-state": c.state }, notice(tone, `委托运营：${c.contractorName}，合同到期日 ${c.contractEndDate}（${CONTRACT_LABELS[c.state]}，${days}）`));
}

function holdersTable(view: CustodyView): HTMLElement {
  const custody = view.custody;
  if (!custody) return h("p", { class: "hint", "data-testid": "custody-empty" }, "尚未登记账号保管信息。");
  return h(
    "div",
    {},
    h(
      "table",
      { class: "data-table", "data-testid": "custody-holders" },
      h("thead", {}, h("tr", {}, ["保管人", "岗位", "登录设备"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, custody.holders.map((p) => h("tr", {}, h("td", {}, p.name), h("td", {}, p.post ?? ""), h("td", {}, p.devices.join("、") || "—")))),
    ),
    h("p", { class: "hint", "data-testid": "last-password-change" }, `最近一次更换密码：${custody.lastPasswordChangeAt ?? "未登记"}　·　${custody.updatedBy} 更新于 ${formatTime(custody.updatedAt)}`),
  );
}

function tasksList(view: CustodyView): HTMLElement | null {
  if (view.tasks.length === 0) return null;
  return h(
    "ul",
    { class: "task-list", "data-testid": "custody-tasks" },
    view.tasks.map((t) =>
      h(
        "li",
        { "data-overdue": t.overdue ? "true" : undefined },
        t.state === "done" ? `已完成：${t.completedBy ?? ""} 于 ${t.rotatedOn ?? ""} 更换密码` : `待办：更换密码、解绑设备（离任：${t.removedAdmins.join("、") || "—"}），期限 ${formatTime(t.dueAt)}`,
        t.overdue ? h("strong", { class: "field-error" }, "　已逾期") : null,
      ),
    ),
  );
}

function holderRow(index: number, value?: { name: string; post?: string; devices: string[] }): HTMLElement {
  const name = textInput(20);
  const post = textInput(40);
  const devices = textInput(300);
  name.value = value?.name ?? "";
  post.value = value?.post ?? "";
  devices.value = value?.devices.join("、") ?? "";
  return h(
    "div",
    { class: "form-grid holder-row", "data-holder": String(index) },
    field(`holders.${index}.name`, "保管人姓名", name, { required: true }),
    field(`holders.${index}.post`, "岗位", post),
    field(`holders.${index}.devices`, "登录设备（用顿号分隔）", devices),
  );
}

function editForm(accountId: string, view: CustodyView, done: () => void): HTMLElement {
  const rows = h("div", {});
  const holders = view.custody?.holders.length ? view.custody.holders : [undefined];
  holders.forEach((holder, i) => rows.append(holderRow(i, holder)));
  const add = h("button", { type: "button", class: "btn btn-link" }, "＋ 添加保管人");
  add.addEventListener("click", () => rows.append(holderRow(rows.children.length)));
  const changed = h("input", { type: "date", max: new Date().toISOString().slice(0, 10) });
  changed.value = view.custody?.lastPasswordChangeAt ?? "";
  const note = textInput(300);
  note.value = view.custody?.note ?? "";
  const status = h("div", { role: "status" });
  const form = h(
    "form",
    { class: "custody-form", "data-testid": "custody-form", novalidate: true },
    h("h3", {}, "登记 / 更新保管信息"),
    notice("info", NO_PASSWORD),
    rows,
    add,
    field("lastPasswordChangeAt", "最近一次更换密码日期", changed),
    field("note", "备注（请勿填写密码）", note),
    status,
    h("button", { type: "submit", class: "btn btn-primary", "data-testid": "custody-save" }, "保存"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    const input: CustodyInput = {
      holders: [...rows.querySelectorAll<HTMLElement>(".holder-row")]
        .map((row) => {
          const [n, p, d] = [...row.querySelectorAll("input")].map((i) => i.value.trim());
          return { name: n, ...(p ? { post: p } : {}), devices: d ? d.split(/[、,，;；\n]+/).map((s) => s.trim()).filter(Boolean) : [] };
        })
        .filter((p) => p.name || p.devices.length),
      ...(changed.value ? { lastPasswordChangeAt: changed.value } : {}),
      ...(note.value.trim() ? { note: note.value.trim() } : {}),
    };
    try {
      await upkeepApi.saveCustody(accountId, input);
      done();
    } catch (error) {
      if (!(error instanceof ApiError)) return mount(status, notice("err", "保存失败，请稍后重试"));
      showErrors(form, error.fields);
      mount(status, notice("err", error.message));
    }
  });
  return form;
}
