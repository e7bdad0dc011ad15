import { api, ApiError } from "../api.js";
import { h, mount, notice } from "../dom.js";

const SENT = "登录链接已发送至邮箱，请在 15 分钟内点击邮件中的链接完成登录。";

/** Passwordless sign-in: the server emails a one-time link; the page never sees a token. */
export function renderLogin(main: HTMLElement): void {
  const input = h("input", {
    id: "login-email",
    name: "email",
    type: "email",
    autocomplete: "email",
    inputmode: "email",
    maxlength: 254,
    required: true,
    "aria-describedby": "login-email-hint",
    "data-testid": "login-email",
  });
  const fieldError = h("p", { id: "login-email-error", class: "field-error", hidden: true });
  const button = h("button", { type: "submit", class: "btn btn-primary btn-block", "data-testid": "login-submit" }, "发送登录链接");
  const status = h("div", { class: "login-status" });
  const form = h(
    "form",
    { class: "login-form", novalidate: true, "aria-labelledby": "login-title" },
    h("div", { class: "field" }, h("label", { for: "login-email" }, "工作邮箱"), input, h("p", { id: "login-email-hint", class: "hint" }, "请输入已在系统登记的工作邮箱"), fieldError),
    button,
    status,
  );

  const showFieldError = (message: string | undefined) => {
    fieldError.textContent = message ?? "";
    fieldError.hidden = !message;
    input.setAttribute("aria-describedby", message ? "login-email-error login-email-hint" : "login-email-hint");
    if (message) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const email = input.value.trim();
    status.replaceChildren();
    if (!email) {
      showFieldError("请输入邮箱");
      input.focus();
      return;
    }
    showFieldError(undefined);
    button.disabled = true;
    button.textContent = "正在发送…";
    try {
      await api.requestLoginLink(email);
      status.append(h("div", { class: "notice notice-ok", role: "status", "data-testid": "login-sent" }, SENT));
    } catch (error) {
      const known = error instanceof ApiError ? error : undefined;
      const emailError = known?.fields.find((f) => f.field === "email");
      if (emailError) {
        showFieldError(emailError.message);
        input.focus();
      } else status.append(notice("err", known?.message ?? "系统繁忙，请稍后重试"));
    } finally {
      button.disabled = false;
      button.textContent = "发送登录链接";
    }
  });

  mount(
    main,
    h(
      "section",
      { class: "login-card card" },
      h("h1", { id: "login-title", class: "page-title", tabindex: -1 }, "登录"),
      h("p", { class: "lead" }, "主办单位信息员、归口管理部门工作人员凭工作邮箱登录，无需密码。"),
      form,
      h("p", { class: "hint demo-hint" }, "本地演示账号见启动时终端输出或邮件查看页"),
      h("p", { class: "hint" }, h("a", { href: "#/verify", "data-testid": "link-verify" }, "公众查询：政务新媒体账号核验与注销公告")),
    ),
  );
  input.focus();
}
