/** @jsxImportSource hono/jsx/dom */
import type { RegisterItem } from "@beian/core";
import { AccountStatusBadge } from "../ui/badges.js";
import { platformLabel } from "../ui/labels.js";
import { FilingNumber } from "../ui/filing-number.js";
import { formatTime } from "../ui/time.js";

const HEADERS = ["备案编号", "账号名称", "平台", "平台账号或网址", "主办单位", "状态", "备案时间"];

export function RegisterTable(props: { items: RegisterItem[]; navigate: (hash: string) => void }) {
  return (
    <div class="table-wrap">
      <table class="data-table">
        <caption class="visually-hidden">备案账号列表</caption>
        <thead>
          <tr>
            {HEADERS.map((t) => (
              <th scope="col">{t}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.items.map((a) => {
            const href = `#/accounts/${encodeURIComponent(a.accountId)}`;
            return (
              <tr
                class="clickable"
                data-testid="register-row"
                data-account-id={a.accountId}
                onClick={(event: MouseEvent) => {
                  if (!(event.target as Element).closest("a")) props.navigate(href);
                }}
              >
                <td data-label="备案编号">
                  <FilingNumber value={a.filingNumber} />
                </td>
                <td data-label="账号名称">
                  <a href={href}>{a.accountName}</a>
                </td>
                <td data-label="平台">{platformLabel(a.platform)}</td>
                <td data-label="平台账号或网址" class="break-anywhere">
                  {a.data.platformAccountId}
                </td>
                <td data-label="主办单位">{a.unitName}</td>
                <td data-label="状态">
                  <AccountStatusBadge status={a.status} />
                </td>
                <td data-label="备案时间">{formatTime(a.filedAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
