/** @jsxImportSource hono/jsx/dom */
import { CONTRACT_STATE_LABELS } from "@beian/core";
import type { SignedInPerson } from "../auth/api.js";
import { LoadError, Loading, Notice } from "../ui/notice.js";
import { formatTime } from "../ui/time.js";
import { useLoad } from "../ui/use-load.js";
import { custodyApi, type CustodyView } from "./api.js";
import { CustodyForm } from "./custody-form.js";

/**
 * 账号保管与安全: an account's credential custody, its rotate/unbind tasks (overdue flagged) and the
 * 委托运营 contract flag. On the account page, or on its own at #/accounts/:id/custody.
 */
export function CustodyPanel(props: { accountId: string; person: SignedInPerson }) {
  const view = useLoad(() => custodyApi.view(props.accountId), [props.accountId]);
  if (view.state === "loading") return <Loading />;
  if (view.state === "error") return <LoadError error={view.error} />;
  const data = view.data;
  return (
    <section class="card" data-testid="custody-panel">
      <div class="section-head">
        <h2>账号保管与安全</h2>
      </div>
      <ContractLine view={data} />
      {data.overdueTasks > 0 ? <Notice tone="warn">{`有 ${data.overdueTasks} 项更换密码 / 解绑设备任务已逾期，请尽快处理。`}</Notice> : null}
      <Holders view={data} />
      <Tasks view={data} />
      <CustodyForm accountId={props.accountId} custody={data.custody} onSaved={view.reload} />
    </section>
  );
}

function ContractLine({ view }: { view: CustodyView }) {
  const c = view.contract;
  if (!c) return null;
  const tone = c.state === "ended" ? "err" : c.state === "expiring" ? "warn" : "info";
  const days = c.state === "ended" ? `已到期 ${-c.daysLeft} 天，请收回受托单位的登录权限` : `还剩 ${c.daysLeft} 天`;
  return (
    <div data-testid="contract-flag" data-state={c.state}>
      <Notice tone={tone}>{`委托运营：${c.contractorName}，合同到期日 ${c.contractEndDate}（${CONTRACT_STATE_LABELS[c.state]}，${days}）`}</Notice>
    </div>
  );
}

function Holders({ view }: { view: CustodyView }) {
  const custody = view.custody;
  if (!custody) {
    return (
      <p class="hint" data-testid="custody-empty">
        尚未登记账号保管信息。
      </p>
    );
  }
  return (
    <div>
      <div class="table-wrap">
        <table class="data-table" data-testid="custody-holders">
          <caption class="visually-hidden">账号保管人</caption>
          <thead>
            <tr>
              <th scope="col">保管人</th>
              <th scope="col">岗位</th>
              <th scope="col">登录设备</th>
            </tr>
          </thead>
          <tbody>
            {custody.holders.map((p) => (
              <tr>
                <td data-label="保管人">{p.name}</td>
                <td data-label="岗位">{p.post ?? ""}</td>
                <td data-label="登录设备">{p.devices.join("、") || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hint" data-testid="last-password-change">
        {`最近一次更换密码：${custody.lastPasswordChangeAt ?? "未登记"}　·　${custody.updatedBy} 更新于 ${formatTime(custody.updatedAt)}`}
      </p>
    </div>
  );
}

function Tasks({ view }: { view: CustodyView }) {
  if (view.tasks.length === 0) return null;
  return (
    <ul class="task-list" data-testid="custody-tasks">
      {view.tasks.map((t) => (
        <li data-overdue={t.overdue ? "true" : undefined}>
          {t.state === "done"
            ? `已完成：${t.completedBy ?? ""} 于 ${t.rotatedOn ?? ""} 更换密码`
            : `待办：更换密码、解绑设备（离任：${t.removedAdmins.join("、") || "—"}），期限 ${formatTime(t.dueAt)}`}
          {t.overdue ? <strong class="field-error">　已逾期</strong> : null}
        </li>
      ))}
    </ul>
  );
}
