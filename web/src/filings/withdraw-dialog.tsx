/** @jsxImportSource hono/jsx/dom */
import type { Filing } from "@beian/core";
import { ReasonDialog } from "../ui/reason-dialog.js";
import { filingApi } from "./api.js";

/** 撤回: the unit takes its filing back while it is in review or returned, with a reason (audited). */
export function WithdrawDialog(props: { filing: Filing; onDone: () => void; onClose: () => void }) {
  return (
    <ReasonDialog
      id="withdraw-dialog"
      title={`撤回申请：${props.filing.data.accountName}`}
      intro="撤回后审核即终止，已发出的审核链接失效，所占用的平台账号予以释放；如需继续办理，请重新提交申请。"
      label="撤回原因"
      confirm="确认撤回"
      send={(reason) => filingApi.withdraw(props.filing.filingId, reason).then(() => undefined)}
      onDone={props.onDone}
      onClose={props.onClose}
    />
  );
}
