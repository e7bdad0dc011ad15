/** @jsxImportSource hono/jsx/dom */
import type { SignedInPerson } from "../auth/api.js";
import { Notice } from "../ui/notice.js";
import { formatTime } from "../ui/time.js";
import { useLoad } from "../ui/use-load.js";
import { AccountActions } from "./account-actions.js";
import { AccountSummary } from "./account-summary.js";
import { accountApi, accountHref, type AccountView } from "./api.js";

/** 备案账号: the register account with why it is suspended or cancelled, and what may be done with it. */
export function AccountCard(props: { person: SignedInPerson; view: AccountView; onChanged: () => void; linkToPage: boolean }) {
  const { account } = props.view;
  const cancelled = account.status === "cancelled";
  return (
    <section class="card" data-testid="account-card">
      <div class="section-head">
        <h2>备案账号</h2>
        {props.linkToPage ? (
          <a href={accountHref.page(account.accountId)} data-testid="account-link">
            查看账号档案
          </a>
        ) : null}
      </div>
      <AccountSummary account={account} />
      {account.status !== "filed" && account.statusReason ? (
        <Notice tone={cancelled ? "err" : "warn"}>
          <strong>{cancelled ? "注销原因：" : "停用原因："}</strong>
          {account.statusReason}
          {account.cancelledAt ? <span class="hint block">注销时间：{formatTime(account.cancelledAt)}</span> : null}
        </Notice>
      ) : null}
      <AccountActions person={props.person} view={props.view} onChanged={props.onChanged} />
    </section>
  );
}

/**
 * The account card on a filing's page. Someone who may not see the account (a reviewer, say)
 * simply gets no card.
 */
export function AccountPanel(props: { accountId: string; person: SignedInPerson }) {
  const view = useLoad(() => accountApi.get(props.accountId), [props.accountId]);
  if (view.state !== "ok") return null;
  return <AccountCard person={props.person} view={view.data} onChanged={view.reload} linkToPage />;
}
