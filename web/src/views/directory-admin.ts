import { ApiError } from "../api.js";
import type { ViewContext } from "../context.js";
import { directoryApi, ROLE_LABELS, type DirPerson, type DirUnit } from "../directory-api.js";
import { h, mount, notice, pageTitle } from "../dom.js";

const errorText = (error: unknown) => (error instanceof ApiError ? [error.message, ...error.fields.map((f) => f.message)].join("：") : "操作失败，请稍后重试");

/** Depth of a unit in the tree, from its path ("/a/b/" is depth 1). */
const depthOf = (unit: DirUnit) => unit.path.split("/").filter(Boolean).length - 1;

function field(label: string, input: HTMLElement) {
  return h("label", { class: "field" }, h("span", { class: "field-label" }, label), input);
}

/** 组织机构 (admins): the unit tree, each unit's people with roles; add units and people, deactivate. */
export async function renderDirectoryAdmin(main: HTMLElement, ctx: ViewContext, selected?: string): Promise<void> {
  const status = h("div", { "aria-live": "polite" });
  const tree = h("section", { class: "card", "data-testid": "unit-tree" }, h("p", { class: "loading" }, "正在加载…"));
  const people = h("section", { class: "card", "data-testid": "people-list" });
  mount(main, h("div", { class: "page-head" }, pageTitle("组织机构")), status, h("div", { class: "directory-grid" }, tree, people));

  let units: DirUnit[] = [];
  try {
    units = await directoryApi.units();
  } catch (error) {
    if (ctx.isCurrent()) mount(tree, notice("err", errorText(error)));
    return;
  }
  if (!ctx.isCurrent()) return;
  const current = units.find((u) => u.unitId === selected) ?? units[0];
  const reload = (unitId = current?.unitId) => ctx.navigate(`#/directory${unitId ? `?unit=${encodeURIComponent(unitId)}` : ""}`);
  const fail = (error: unknown) => mount(status, notice("err", errorText(error)));

  // Unit tree and the form to add a unit below the selected one.
  const name = h("input", { type: "text", required: true, maxlength: 100, "data-testid": "unit-name" });
  const leader = h("input", { type: "text", maxlength: 50, "data-testid": "unit-leader" });
  const contact = h("input", { type: "text", maxlength: 50 });
  const phone = h("input", { type: "text", maxlength: 20 });
  const addUnit = h(
    "form",
    { class: "inline-form", "data-testid": "unit-form" },
    h("h3", {}, current ? `在“${current.name}”下新增单位` : "新增单位"),
    field("单位名称", name),
    field("主要负责人", leader),
    field("联系人", contact),
    field("联系电话", phone),
    h("button", { type: "submit", class: "btn", "data-testid": "unit-submit" }, "新增单位"),
  );
  addUnit.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const body = { name: name.value, parentId: current?.unitId, leaderName: leader.value || undefined, contactName: contact.value || undefined, contactPhone: phone.value || undefined };
      const { unit } = await directoryApi.createUnit(body);
      reload(unit.unitId);
    } catch (error) {
      fail(error);
    }
  });
  mount(
    tree,
    h("h2", {}, "单位"),
    h(
      "ul",
      { class: "unit-tree" },
      units.map((u) =>
        h(
          "li",
          { style: `padding-left:${depthOf(u) * 1.25}em`, "data-unit-id": u.unitId },
          h("a", { href: `#/directory?unit=${encodeURIComponent(u.unitId)}`, "aria-current": u.unitId === current?.unitId ? "true" : undefined }, u.name),
          u.leaderName ? h("span", { class: "muted" }, ` · 主要负责人 ${u.leaderName}`) : null,
        ),
      ),
    ),
    addUnit,
  );
  if (current) await renderPeople(people, current, ctx, () => reload(), fail);
}

async function renderPeople(into: HTMLElement, unit: DirUnit, ctx: ViewContext, reload: () => void, fail: (e: unknown) => void) {
  mount(into, h("p", { class: "loading" }, "正在加载…"));
  let list: DirPerson[];
  try {
    list = await directoryApi.people(unit.unitId);
  } catch (error) {
    if (ctx.isCurrent()) mount(into, notice("err", errorText(error)));
    return;
  }
  if (!ctx.isCurrent()) return;
  const toggle = (p: DirPerson) => {
    const button = h("button", { type: "button", class: "btn btn-secondary", "data-testid": `toggle-${p.personId}` }, p.active ? "停用" : "恢复");
    button.addEventListener("click", async () => {
      if (p.active && !confirm(`确定停用“${p.name}”？停用后不能登录，已发出的审核链接失效，历史记录保留。`)) return;
      try {
        await (p.active ? directoryApi.deactivate(p.personId) : directoryApi.reactivate(p.personId));
        reload();
      } catch (error) {
        fail(error);
      }
    });
    return button;
  };
  const table =
    list.length === 0
      ? h("p", { class: "empty" }, "该单位暂无人员。")
      : h(
          "table",
          { class: "data-table", "data-testid": "people-table" },
          h("thead", {}, h("tr", {}, ["姓名", "邮箱", "角色", "状态", ""].map((t) => h("th", { scope: "col" }, t)))),
          h(
            "tbody",
            {},
            list.map((p) =>
              h(
                "tr",
                { "data-person-id": p.personId },
                h("td", {}, p.name),
                h("td", {}, p.email),
                h("td", {}, p.roles.map((r) => ROLE_LABELS[r]).join("、") + (p.canActForSubUnits ? "（含下级单位）" : "")),
                h("td", {}, p.active ? "在用" : "已停用"),
                h("td", {}, toggle(p)),
              ),
            ),
          ),
        );

  const name = h("input", { type: "text", required: true, maxlength: 50, "data-testid": "person-name-input" });
  const email = h("input", { type: "email", required: true, maxlength: 254, "data-testid": "person-email" });
  const phone = h("input", { type: "text", maxlength: 20 });
  const roleBoxes = (Object.keys(ROLE_LABELS) as DirPerson["roles"]).map((r) => h("input", { type: "checkbox", value: r, "data-testid": `role-${r}` }));
  const subUnits = h("input", { type: "checkbox" });
  const form = h(
    "form",
    { class: "inline-form", "data-testid": "person-form" },
    h("h3", {}, "新增人员"),
    field("姓名", name),
    field("邮箱", email),
    field("手机号", phone),
    h("fieldset", {}, h("legend", {}, "角色"), roleBoxes.map((box) => h("label", {}, box, ROLE_LABELS[box.value as DirPerson["roles"][number]]))),
    h("label", {}, subUnits, "信息员可代下级单位操作"),
    h("button", { type: "submit", class: "btn", "data-testid": "person-submit" }, "新增人员"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const roles = roleBoxes.filter((b) => b.checked).map((b) => b.value as DirPerson["roles"][number]);
      await directoryApi.createPerson({ name: name.value, email: email.value, phone: phone.value || undefined, unitId: unit.unitId, roles, canActForSubUnits: subUnits.checked || undefined });
      reload();
    } catch (error) {
      fail(error);
    }
  });
  const facts = [unit.leaderName && `主要负责人：${unit.leaderName}${unit.leaderTitle ? `（${unit.leaderTitle}）` : ""}`, unit.contactName && `联系人：${unit.contactName} ${unit.contactPhone ?? ""}`].filter(Boolean);
  mount(into, h("h2", {}, `${unit.name} · 人员`), facts.length ? h("p", { class: "muted" }, facts.join("　")) : null, table, form);
}
