import { fail, hasRole, type Person, type Role, type Services } from "@beian/core";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { parseJsonBody } from "./json-body.js";
import { readSession } from "./session-cookie.js";

export type AppEnv = { Variables: { actor: Person; body: unknown } };

/** 64 KiB is ample for a filing form and keeps a hostile body from costing anything. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Refuses a body over `maxSize`. A declared length is checked from the header alone, without
 * touching the body stream, so the server can still drain what the client sends and keep the
 * connection (and the other requests on it) alive; only a chunked body is read, up to the limit.
 */
export function bodyLimitOf(maxSize: number, refuse: () => Error): MiddlewareHandler {
  const streamed = bodyLimit({ maxSize, onError: () => Promise.reject(refuse()) });
  return async (c, next) => {
    const declared = c.req.header("content-length");
    if (declared === undefined || c.req.header("transfer-encoding")) return streamed(c, next);
    if (!/^\d+$/.test(declared) || Number(declared) > maxSize) throw refuse();
    await next();
  };
}

export const limitBody = bodyLimitOf(MAX_BODY_BYTES, () => fail("BODY_TOO_LARGE", `提交的内容过大（上限 ${MAX_BODY_BYTES / 1024} KB）`));

/**
 * A JSON body, read once at the edge: size-limited, typed, depth-checked and parsed, then handed to
 * the core as `unknown` (the core validates it, once, against its own schema).
 */
export const jsonInput: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw fail("UNSUPPORTED_MEDIA_TYPE", "请求须为 JSON（Content-Type: application/json）");
  return limitBody(c, async () => {
    c.set("body", parseJsonBody(await c.req.text()));
    await next();
  });
};

export function requireActor(services: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("actor", await services.auth.actorForSession(readSession(c)));
    await next();
  };
}

/**
 * Refuses the wrong role before the body is even read, so a refusal never depends on what was
 * sent. Services check again (they are also called outside HTTP).
 */
export function requireRoles(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!roles.some((role) => hasRole(c.get("actor"), role))) {
      throw fail("ROLE_REQUIRED", roles.includes("admin") ? "仅归口管理部门可以执行此操作" : "无权执行此操作");
    }
    await next();
  };
}
