/** @jsxImportSource hono/jsx/dom */
import { CustodyPanel } from "../custody/custody-panel.js";
import { FilingData } from "../filings/filing-data.js";
import type { ViewProps } from "../shell/route.js";
import { LoadError, Loading } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { useLoad } from "../ui/use-load.js";
import { AccountCard } from "./account-card.js";
import { AccountHistory, ChainVerdictLine } from "./account-history.js";
import { accountApi } from "./api.js";

/** #/accounts/:id: the account's current filed data and its whole history from the audit records, newest first. */
export function AccountPageView({ params, person }: ViewProps) {
  const view = useLoad(() => accountApi.get(params.id));
  if (view.state === "loading") return <Loading />;
  if (view.state === "error") {
    return (
      <>
        <LoadError error={view.error} />
        <a href="#/register">返回备案登记</a>
      </>
    );
  }
  const { account, chain, history } = view.data;
  return (
    <>
      <div class="page-head">
        <PageTitle>{account.accountName}</PageTitle>
        <a href="#/register">返回备案登记</a>
      </div>
      <AccountCard person={person} view={view.data} onChanged={view.reload} linkToPage={false} />
      <section class="card">
        <h2>当前备案信息</h2>
        <FilingData data={account.data} />
      </section>
      <CustodyPanel accountId={account.accountId} person={person} />
      <section class="card">
        <div class="section-head">
          <h2>账号历史</h2>
          <ChainVerdictLine chain={chain} />
        </div>
        <p class="hint">含开设、变更、注销备案及其审核决定，停用与恢复记录；最新在前。</p>
        <AccountHistory history={history} />
      </section>
    </>
  );
}
