/** @jsxImportSource hono/jsx/dom */
import { CONTRACT_STATE_LABELS } from "@beian/core";
import type { ViewProps } from "../shell/route.js";
import { platformLabel } from "../ui/labels.js";
import { LoadError, Loading, Notice } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { FilingNumber } from "../ui/filing-number.js";
import { formatTime } from "../ui/time.js";
import { useLoad } from "../ui/use-load.js";
import { accountPage, custodyApi, type ExpiringContract, type ListedTask } from "./api.js";
import { TaskCompleteForm } from "./task-complete-form.js";

/**
 * 账号安全: "rotate password / unbind devices" tasks (admins: all open ones, or only overdue;
 * operators: their unit's, which they complete here) and, for admins, 委托运营 contracts ending.
 */
export function CredentialTasksView({ person, query }: ViewProps) {
  const overdueOnly = query.get("overdue") === "1";
  const isAdmin = person.roles.includes("admin");
  const tasks = useLoad(() => custodyApi.tasks(overdueOnly));
  return (
    <>
      <div class="page-head">
        <PageTitle>账号安全</PageTitle>
        <a class="btn btn-secondary" href={overdueOnly ? "#/credential-tasks" : "#/credential-tasks?overdue=1"} data-testid="overdue-toggle">
          {overdueOnly ? "显示全部待办" : "只看逾期"}
        </a>
      </div>
      <Notice tone="info">本系统不保存密码：完成任务时只登记更换日期。</Notice>
      <section class="card">
        {tasks.state === "loading" ? <Loading /> : null}
        {tasks.state === "error" ? <LoadError error={tasks.error} /> : null}
        {tasks.state === "ok" ? (
          <>
            <h2>{overdueOnly ? "逾期的更换密码 / 解绑设备任务" : "更换密码 / 解绑设备任务"}</h2>
            <TaskTable items={tasks.data} onDone={tasks.reload} />
          </>
        ) : null}
      </section>
      {isAdmin ? <Contracts /> : null}
    </>
  );
}

function TaskTable(props: { items: ListedTask[]; onDone: () => void }) {
  if (props.items.length === 0) {
    return (
      <p class="empty" data-testid="tasks-empty">
        暂无待办任务。
      </p>
    );
  }
  return (
    <div class="table-wrap">
      <table class="data-table" data-testid="credential-tasks">
        <caption class="visually-hidden">更换密码 / 解绑设备任务</caption>
        <thead>
          <tr>
            {["账号", "备案编号", "离任管理人员", "期限", "状态", "登记完成"].map((t) => (
              <th scope="col">{t}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.items.map((t) => (
            <tr data-task-id={t.taskId} data-overdue={t.overdue ? "true" : undefined}>
              <td data-label="账号">
                <a href={accountPage(t.accountId)}>{t.accountName}</a>
              </td>
              <td data-label="备案编号">
                <FilingNumber value={t.filingNumber} />
              </td>
              <td data-label="离任管理人员">{t.removedAdmins.join("、") || "—"}</td>
              <td data-label="期限">{formatTime(t.dueAt)}</td>
              <td data-label="状态">{t.state === "done" ? `已完成（${t.rotatedOn ?? ""}）` : t.overdue ? <strong class="field-error">已逾期</strong> : "待办"}</td>
              <td data-label="登记完成">{t.state === "open" ? <TaskCompleteForm task={t} onDone={props.onDone} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Contracts() {
  const contracts = useLoad(custodyApi.expiringContracts);
  return (
    <section class="card">
      {contracts.state === "loading" ? <Loading /> : null}
      {contracts.state === "error" ? <LoadError error={contracts.error} /> : null}
      {contracts.state === "ok" ? (
        <>
          <h2>委托运营合同到期提醒（30 天内及已到期）</h2>
          <ContractTable items={contracts.data} />
        </>
      ) : null}
    </section>
  );
}

function ContractTable({ items }: { items: ExpiringContract[] }) {
  if (items.length === 0) {
    return (
      <p class="empty" data-testid="contracts-empty">
        30 天内没有到期的委托运营合同。
      </p>
    );
  }
  return (
    <div class="table-wrap">
      <table class="data-table" data-testid="expiring-contracts">
        <caption class="visually-hidden">委托运营合同到期提醒</caption>
        <thead>
          <tr>
            {["账号", "平台", "主办单位", "受托单位", "到期日", "状态"].map((t) => (
              <th scope="col">{t}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr data-state={c.state}>
              <td data-label="账号">
                <a href={accountPage(c.accountId)}>{c.accountName}</a>
              </td>
              <td data-label="平台">{platformLabel(c.platform)}</td>
              <td data-label="主办单位">{c.unitName}</td>
              <td data-label="受托单位">{c.contractorName}</td>
              <td data-label="到期日">{c.contractEndDate}</td>
              <td data-label="状态">
                {c.state === "ended" ? (
                  <strong class="field-error">{`${CONTRACT_STATE_LABELS.ended}（${-c.daysLeft} 天）`}</strong>
                ) : (
                  `${CONTRACT_STATE_LABELS[c.state]}（剩 ${c.daysLeft} 天）`
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
