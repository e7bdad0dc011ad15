import { fail } from "@beian/core";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./guards.js";
import { parseJsonBody } from "./json-body.js";

/** A draft of 50,000 Chinese characters is ~150 KB of UTF-8; 64 KiB (jsonInput) is for forms. */
export const MAX_DRAFT_BODY_BYTES = 256 * 1024;

const limit = bodyLimit({
  maxSize: MAX_DRAFT_BODY_BYTES,
  onError: () => {
    throw fail("BODY_TOO_LARGE", `提交的内容过大（上限 ${MAX_DRAFT_BODY_BYTES / 1024} KB）`);
  },
});

/** `jsonInput` for long texts: the same checks with a larger size limit. */
export const longJsonInput: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!/^application\/json\b/i.test(c.req.header("content-type") ?? "")) throw fail("UNSUPPORTED_MEDIA_TYPE", "请求须为 JSON（Content-Type: application/json）");
  return limit(c, async () => {
    c.set("body", parseJsonBody(await c.req.text()));
    await next();
  });
};
