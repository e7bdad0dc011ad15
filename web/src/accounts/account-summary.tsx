/** @jsxImportSource hono/jsx/dom */
import type { Account } from "@beian/core";
import { AccountStatusBadge } from "../ui/badges.js";
import { platformLabel } from "../ui/labels.js";
import { FilingNumber } from "../ui/filing-number.js";
import { SummaryItem } from "../ui/summary.js";
import { formatTime } from "../ui/time.js";

/** Which register account a card or a 变更 / 注销 form is about. */
export const AccountSummary = ({ account }: { account: Account & { unitName?: string } }) => (
  <dl class="summary account-summary" data-testid="account-summary">
    <SummaryItem term="账号名称">{account.accountName}</SummaryItem>
    <SummaryItem term="平台">{platformLabel(account.platform)}</SummaryItem>
    <SummaryItem term="备案编号">
      <FilingNumber value={account.filingNumber} />
    </SummaryItem>
    {account.unitName ? <SummaryItem term="主办单位">{account.unitName}</SummaryItem> : null}
    <SummaryItem term="状态">
      <AccountStatusBadge status={account.status} />
    </SummaryItem>
    <SummaryItem term="备案时间">{formatTime(account.filedAt)}</SummaryItem>
  </dl>
);
