/** @jsxImportSource hono/jsx/dom */
import type { Account } from "@beian/core";
import { ReasonDialog } from "../ui/reason-dialog.js";
import { accountApi } from "./api.js";

export type StatusAction = "suspend" | "restore";

export const WORDING = {
  suspend: {
    button: "停用",
    title: "停用账号",
    label: "停用原因",
    hint: "如：年度检查未通过、长期未更新、发生严重错误等；原因记入审计记录并告知主办单位",
    confirm: "确认停用",
  },
  restore: { button: "恢复", title: "恢复账号", label: "恢复说明", hint: "如：整改完成、复核通过等；说明记入审计记录", confirm: "确认恢复" },
} as const;

/** 停用 / 恢复 with a required reason, asked for in a modal dialog. */
export function StatusDialog(props: { action: StatusAction; account: Account; onDone: () => void; onClose: () => void }) {
  const words = WORDING[props.action];
  const { accountId, accountName } = props.account;
  const send = (reason: string) => (props.action === "suspend" ? accountApi.suspend(accountId, reason) : accountApi.restore(accountId, reason)).then(() => undefined);
  return (
    <ReasonDialog
      id="status-dialog"
      title={`${words.title}：${accountName}`}
      label={words.label}
      hint={words.hint}
      confirm={words.confirm}
      send={send}
      onDone={props.onDone}
      onClose={props.onClose}
    />
  );
}
