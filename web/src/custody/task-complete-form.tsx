/** @jsxImportSource hono/jsx/dom */
import { useState } from "hono/jsx/dom";
import { ApiError } from "../ui/api-client.js";
import { todayInShanghai } from "../ui/time.js";
import { custodyApi, type ListedTask } from "./api.js";

/** 登记完成: the date the password was changed and that the leavers' devices are unbound. */
export function TaskCompleteForm(props: { task: ListedTask; onDone: () => void }) {
  const [rotatedOn, setRotatedOn] = useState("");
  const [unbound, setUnbound] = useState(false);
  const [message, setMessage] = useState("");
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await custodyApi.completeTask(props.task.taskId, { rotatedOn, devicesUnbound: unbound });
      props.onDone();
    } catch (error) {
      setMessage(error instanceof ApiError ? (error.fields[0]?.message ?? error.message) : "登记失败，请稍后重试");
    }
  };
  return (
    <form class="task-complete-form" onSubmit={submit}>
      <input type="date" required aria-label="更换密码日期" max={todayInShanghai()} value={rotatedOn} onInput={(e: Event) => setRotatedOn((e.target as HTMLInputElement).value)} />
      <label>
        <input type="checkbox" checked={unbound} onChange={(e: Event) => setUnbound((e.target as HTMLInputElement).checked)} /> 已解绑设备
      </label>
      <button type="submit" class="btn btn-small">
        登记完成
      </button>
      <span role="status">{message ? <span class="field-error">{message}</span> : null}</span>
    </form>
  );
}
