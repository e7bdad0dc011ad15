import { errorTitle, type Logger } from "@beian/core";
import type { Context } from "hono";
import { statusOf, toDomainError } from "./error-mapping.js";
import { MessagePage } from "./pages/layout.js";

/** The server-rendered pages' `onError`: every known error as the page's own message view, in Chinese. */
export function htmlErrorHandler(log: Logger) {
  return (error: Error, c: Context) => {
    const known = toDomainError(error);
    if (!known) {
      log.error("unhandled error", { path: c.req.path, method: c.req.method, error: error.stack ?? String(error) });
      return c.html(<MessagePage title="系统繁忙" tone="err" code="INTERNAL" message="系统繁忙，请稍后重试。" />, 500);
    }
    const tone = known.kind === "conflict" ? "warn" : "err";
    return c.html(<MessagePage title={errorTitle(known.code)} tone={tone} message={known.message} code={known.code} />, statusOf(known));
  };
}
