import { h, mount } from "../dom.js";
import type { Administrator } from "../types.js";
import { errorSlot, field, textInput } from "./form-controls.js";

const MAX_ADMINISTRATORS = 10;
const blank = (): Administrator => ({ name: "", phone: "", email: "", onPayroll: true });

/** 后台管理人员: 1 to 10 rows; rows are rebuilt on add/remove so paths stay 0-based and dense. */
export function administratorsSection(initial: Administrator[]) {
  const list = h("div", { class: "admin-rows" });
  const add = h("button", { type: "button", class: "btn btn-secondary", "data-testid": "add-administrator" }, "＋ 添加管理人员");
  const element = h(
    "fieldset",
    { class: "section" },
    h("legend", {}, "后台管理人员"),
    h("p", { class: "section-note" }, "账号后台须由本单位在编人员专人专岗管理，最多 10 人。"),
    errorSlot("administrators"),
    list,
    add,
  );

  const read = (): Administrator[] =>
    [...list.querySelectorAll<HTMLElement>(".admin-row")].map((row) => {
      const get = (key: string) => row.querySelector<HTMLInputElement>(`[data-key="${key}"]`)!;
      return { name: get("name").value, phone: get("phone").value, email: get("email").value, onPayroll: get("onPayroll").checked };
    });

  const render = (values: Administrator[]) => {
    mount(list, values.map((value, index) => row(value, index, values.length)));
    add.disabled = values.length >= MAX_ADMINISTRATORS;
  };

  const row = (value: Administrator, index: number, count: number) => {
    const base = `administrators.${index}`;
    const name = textInput(20, { "data-key": "name", autocomplete: "off" });
    const phone = textInput(20, { "data-key": "phone", inputmode: "tel", autocomplete: "off" });
    const email = h("input", { type: "email", maxlength: 254, "data-key": "email", autocomplete: "off" });
    const onPayroll = h("input", { type: "checkbox", "data-key": "onPayroll" });
    name.value = value.name;
    phone.value = value.phone;
    email.value = value.email;
    onPayroll.checked = value.onPayroll;
    const remove = h(
      "button",
      { type: "button", class: "btn btn-link danger", "aria-label": `删除管理人员 ${index + 1}`, "data-testid": `remove-administrator-${index}`, disabled: count <= 1 },
      "删除",
    );
    remove.addEventListener("click", () => {
      const values = read();
      values.splice(index, 1);
      render(values);
      (list.querySelector<HTMLInputElement>(`[data-testid="field-administrators.${Math.min(index, values.length - 1)}.name"]`) ?? add).focus();
    });
    return h(
      "fieldset",
      { class: "admin-row" },
      h("legend", {}, `管理人员 ${index + 1}`),
      h(
        "div",
        { class: "grid grid-admin" },
        field(`${base}.name`, "姓名", name, { required: true }),
        field(`${base}.phone`, "手机号", phone, { required: true }),
        field(`${base}.email`, "邮箱", email, { required: true }),
        field(`${base}.onPayroll`, "在编", onPayroll),
        h("div", { class: "row-actions" }, remove),
      ),
      errorSlot(base),
    );
  };

  add.addEventListener("click", () => {
    const values = read();
    if (values.length >= MAX_ADMINISTRATORS) return;
    render([...values, blank()]);
    list.querySelector<HTMLInputElement>(`[data-testid="field-administrators.${values.length}.name"]`)?.focus();
  });

  render(initial.length ? initial : [blank()]);
  return { element, read };
}
