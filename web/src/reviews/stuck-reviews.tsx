/** @jsxImportSource hono/jsx/dom */
import type { StuckReview } from "@beian/core";
import { useState } from "hono/jsx/dom";
import { errorWithFields } from "../ui/api-client.js";
import { Notice } from "../ui/notice.js";
import { formatTime } from "../ui/time.js";
import { reviewApi } from "./api.js";

/** Rounds whose workflow failed for good: an admin restarts the round (decisions already made stand). */
export function StuckReviews(props: { items: StuckReview[]; onDone: () => void }) {
  const [failure, setFailure] = useState("");
  if (props.items.length === 0) return <p class="empty">暂无异常中止的审核。</p>;
  const restart = async (item: StuckReview) => {
    try {
      await reviewApi.restart(item.kind, item.itemId, "归口管理部门重启本轮审核");
      props.onDone();
    } catch (error) {
      setFailure(errorWithFields(error));
    }
  };
  return (
    <>
      <div aria-live="polite">{failure ? <Notice tone="err">{failure}</Notice> : null}</div>
      <ul class="plain-list" data-testid="stuck-reviews">
        {props.items.map((item) => (
          <li>
            {`${item.title}（第 ${item.round} 轮，${formatTime(item.at)} 中止：${item.error}）`}{" "}
            <button type="button" class="btn btn-secondary" data-testid={`restart-${item.itemId}`} onClick={() => restart(item)}>
              重启本轮
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
