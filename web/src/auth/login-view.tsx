/** @jsxImportSource hono/jsx/dom */
import { useEffect, useRef, useState } from "hono/jsx/dom";
import { ApiError } from "../ui/api-client.js";
import { Notice } from "../ui/notice.js";
import { authApi } from "./api.js";

const SENT = "登录链接已发送至邮箱，请在 15 分钟内点击邮件中的链接完成登录。";

type Outcome = { state: "idle" } | { state: "sending" } | { state: "sent" } | { state: "field"; message: string } | { state: "error"; message: string };

/** Passwordless sign-in: the server emails a one-time link; the page never sees a token. */
export function LoginView() {
  const [email, setEmail] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({ state: "idle" });
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const fieldError = outcome.state === "field" ? outcome.message : undefined;
  useEffect(() => {
    if (fieldError) input.current?.focus();
  }, [fieldError]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const value = email.trim();
    if (!value) return setOutcome({ state: "field", message: "请输入邮箱" });
    setOutcome({ state: "sending" });
    try {
      await authApi.requestLoginLink(value);
      setOutcome({ state: "sent" });
    } catch (error) {
      const known = error instanceof ApiError ? error : undefined;
      const emailError = known?.fields.find((f) => f.field === "email");
      setOutcome(emailError ? { state: "field", message: emailError.message } : { state: "error", message: known?.message ?? "系统繁忙，请稍后重试" });
    }
  };

  return (
    <section class="login-card card">
      <h1 id="login-title" class="page-title" tabIndex={-1}>
        登录
      </h1>
      <p class="lead">主办单位信息员、归口管理部门工作人员凭工作邮箱登录，无需密码。</p>
      <form class="login-form" noValidate aria-labelledby="login-title" onSubmit={submit}>
        <div class="field">
          <label for="login-email">工作邮箱</label>
          <input
            id="login-email"
            name="email"
            type="email"
            autocomplete="email"
            inputMode="email"
            maxLength={254}
            required
            aria-describedby={fieldError ? "login-email-error login-email-hint" : "login-email-hint"}
            aria-invalid={fieldError ? "true" : undefined}
            data-testid="login-email"
            value={email}
            ref={input}
            onInput={(e: Event) => setEmail((e.target as HTMLInputElement).value)}
          />
          <p id="login-email-hint" class="hint">
            请输入已在系统登记的工作邮箱，如 zhangsan@example.gov.cn
          </p>
          <p id="login-email-error" class="field-error" hidden={!fieldError}>
            {fieldError ?? ""}
          </p>
        </div>
        <button type="submit" class="btn btn-primary btn-block" data-testid="login-submit" disabled={outcome.state === "sending"}>
          {outcome.state === "sending" ? "正在发送…" : "发送登录链接"}
        </button>
        <div class="login-status">
          {outcome.state === "sent" ? (
            <Notice tone="ok" testId="login-sent">
              {SENT}
            </Notice>
          ) : null}
          {outcome.state === "error" ? <Notice tone="err">{outcome.message}</Notice> : null}
        </div>
      </form>
      <p class="hint demo-hint">本地演示账号见启动时终端输出或邮件查看页</p>
      <p class="hint">
        <a href="#/verify" data-testid="link-verify">
          公众查询：政务新媒体账号核验与注销公告
        </a>
      </p>
    </section>
  );
}
