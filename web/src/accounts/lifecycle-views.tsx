/** @jsxImportSource hono/jsx/dom */
import type { ViewProps } from "../shell/route.js";
import { LoadError, Loading, Notice } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { useLoad } from "../ui/use-load.js";
import { accountApi } from "./api.js";
import { CancelForm } from "./cancel-form.js";
import { ChangeForm } from "./change-form.js";

/** #/accounts/:id/change: a new 变更备案 of a register account, prefilled with its current data. */
export function ChangeAccountView({ params, navigate }: ViewProps) {
  const view = useLoad(() => accountApi.get(params.id));
  if (view.state === "loading") return <Loading />;
  if (view.state === "error") {
    return (
      <>
        <PageTitle>变更备案</PageTitle>
        <LoadError error={view.error} />
      </>
    );
  }
  const { account } = view.data;
  if (account.status === "cancelled") {
    return (
      <>
        <PageTitle>变更备案</PageTitle>
        <Notice tone="warn">该账号已注销，不能变更；如需恢复使用，请重新提交开设备案。</Notice>
      </>
    );
  }
  return (
    <>
      <PageTitle>
        变更备案<small>{account.accountName}</small>
      </PageTitle>
      <ChangeForm account={account} navigate={navigate} />
    </>
  );
}

/** #/accounts/:id/cancel: a 注销备案 of a register account. */
export function CancelAccountView({ params, navigate }: ViewProps) {
  const view = useLoad(() => accountApi.get(params.id));
  if (view.state === "loading") return <Loading />;
  if (view.state === "error") {
    return (
      <>
        <PageTitle>注销备案</PageTitle>
        <LoadError error={view.error} />
      </>
    );
  }
  const { account } = view.data;
  if (account.status === "cancelled") {
    return (
      <>
        <PageTitle>注销备案</PageTitle>
        <Notice tone="warn">该账号已注销。</Notice>
      </>
    );
  }
  return (
    <>
      <PageTitle>
        注销备案<small>{account.accountName}</small>
      </PageTitle>
      <CancelForm account={account} navigate={navigate} />
    </>
  );
}
