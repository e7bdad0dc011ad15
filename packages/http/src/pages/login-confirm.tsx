import { Layout } from "./layout.js";

/** A GET shows this page only; the single-use link is spent by the POST, so mail scanners cannot burn it. */
export function LoginConfirmPage(props: { token: string }) {
  return (
    <Layout title="确认登录">
      <h1>确认登录</h1>
      <p>请点击下方按钮完成登录。</p>
      <form method="post" action="/auth/verify">
        <input type="hidden" name="token" value={props.token} />
        <div class="actions">
          <button class="primary" type="submit" data-testid="confirm-login">
            确认登录
          </button>
        </div>
      </form>
    </Layout>
  );
}
