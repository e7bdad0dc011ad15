/** @jsxImportSource hono/jsx/dom */
import { Notice } from "../ui/notice.js";

/** What the reviewer wrote when they returned the filing, above the form it is resubmitted from. */
export function ReturnComment(props: { comment?: string }) {
  if (!props.comment) return null;
  return (
    <Notice tone="warn">
      <strong>退回意见：</strong>
      {props.comment}
    </Notice>
  );
}
