import { normalizeEmail, type Services } from "@beian/core";
import { Hono } from "hono";
import { z } from "zod";
import { statusOf, toDomainError } from "../error-mapping.js";
import { jsonBody, limitBody, requireActor, requireJson, type AppEnv } from "../guards.js";
import { LoginConfirmPage } from "../pages/login-confirm.js";
import { MessagePage } from "../pages/layout.js";
import { clearSession, readSession, writeSession } from "../session-cookie.js";

const loginLinkBody = z.strictObject({ email: z.email().max(254) });

/** JSON API for signing in and out, plus who am I. */
export function authApi(services: Services) {
  const app = new Hono<AppEnv>();

  app.post("/auth/login-link", limitBody, requireJson, jsonBody(loginLinkBody, { email: "邮箱" }), async (c) => {
    await services.auth.requestLoginLink(normalizeEmail(c.req.valid("json").email));
    return c.json({ ok: true }, 202);
  });

  app.post("/auth/logout", async (c) => {
    await services.auth.logout(readSession(c));
    clearSession(c);
    return c.body(null, 204);
  });

  app.get("/me", requireActor(services), async (c) => {
    const actor = c.get("actor");
    const unit = await services.deps.store.getUnit(actor.unitId);
    return c.json({
      person: { personId: actor.personId, name: actor.name, email: actor.email, roles: actor.roles, unit: { unitId: actor.unitId, name: unit?.name ?? "" } },
    });
  });

  return app;
}

/** The page a magic link opens: GET confirms, POST spends the link and sets the session cookie. */
export function authPages(services: Services, secureCookies: boolean) {
  const app = new Hono();
  app.use("*", async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
    c.header("Referrer-Policy", "no-referrer");
  });

  app.get("/verify", (c) => c.html(<LoginConfirmPage token={c.req.query("token") ?? ""} />));

  app.post("/verify", limitBody, async (c) => {
    try {
      const body = await c.req.parseBody();
      const session = await services.auth.completeLogin(body.token);
      writeSession(c, session.sessionId, session.expiresAt, secureCookies);
      return c.redirect("/", 303);
    } catch (error) {
      const known = toDomainError(error);
      if (!known) throw error;
      return c.html(<MessagePage title="登录链接已失效" tone="err" message={known.message} code={known.code} />, statusOf(known));
    }
  });
  return app;
}
