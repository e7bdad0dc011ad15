import { DomainError, forbidden, hasRole, toFieldErrors, validationError, type Person, type Role, type Services } from "@beian/core";
import { zValidator } from "@hono/zod-validator";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { z } from "zod";
import { readSession } from "./session-cookie.js";

export type AppEnv = { Variables: { actor: Person } };

/** 64 KiB is ample for a filing form and keeps a hostile body from costing anything. */
export const MAX_BODY_BYTES = 64 * 1024;

export const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new DomainError("too_large", "BODY_TOO_LARGE", `提交的内容过大（上限 ${MAX_BODY_BYTES / 1024} KB）`);
  },
});

export const requireJson: MiddlewareHandler = async (c, next) => {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new DomainError("unsupported_media_type", "UNSUPPORTED_MEDIA_TYPE", "请求须为 JSON（Content-Type: application/json）");
  }
  await next();
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
      throw forbidden("ROLE_REQUIRED", roles.includes("admin") ? "仅归口管理部门可以执行此操作" : "无权执行此操作");
    }
    await next();
  };
}

/** zod at the edge, reporting field errors in the same shape as the core. */
export function jsonBody<T extends z.ZodType>(schema: T, labels: Record<string, string>) {
  return zValidator("json", schema, (result) => {
    if (!result.success) throw validationError(toFieldErrors(result.error as unknown as z.ZodError, labels));
  });
}
