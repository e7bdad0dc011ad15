import type { Services } from "@beian/core";
import { Hono } from "hono";
import type { ClientAddress } from "../client-address.js";
import { formValues, readForm } from "../form-body.js";
import { jsonInput, limitBody, requireActor, type AppEnv } from "../guards.js";
import { htmlErrorHandler } from "../html-errors.js";
import { LoginConfirmPage } from "../pages/login-confirm.js";
import { rateLimit } from "../rate-limit.js";
import { clearSession, readSession, writeSession } from "../session-cookie.js";

/** Log-in links a client may ask for in a burst, then one every 10 s (each address has its own, stricter quota in the core). */
export const LOGIN_LINK_RATE = { capacity: 30, refillPerSecond: 0.1 };

/** JSON API for signing in and out, plus who am I. */
export function authApi(services: Services, client: ClientAddress) {
  const app = new Hono<AppEnv>();
  const throttle = rateLimit({ ...LOGIN_LINK_RATE, clock: services.deps.clock, client, message: "获取登录链接过于频繁，请稍后再试" });

  app.post("/auth/login-link", throttle, jsonInput, async (c) => {
    const body = c.get("body") as { email?: unknown } | null;
    await services.auth.requestLoginLink(body && typeof body === "object" ? body.email : undefined);
    return c.json({ ok: true }, 202);
  });

  app.post("/auth/logout", async (c) => {
    await services.auth.logout(readSession(c));
    clearSession(c);
    return c.body(null, 204);
  });

  app.get("/me", requireActor(services), async (c) => {
    const actor = c.get("actor");
    const unit = await services.deps.directory.getUnit(actor.unitId);
    return c.json({
      person: { personId: actor.personId, name: actor.name, email: actor.email, roles: actor.roles, unit: { unitId: actor.unitId, name: unit?.name ?? "" } },
    });
  });

  return app;
}

/** The page a magic link opens: GET confirms, POST spends the link and sets the session cookie. */
export function authPages(services: Services, secureCookies: boolean) {
  const app = new Hono();
  app.onError(htmlErrorHandler(services.deps.log));
  app.use("*", async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
    c.header("Referrer-Policy", "no-referrer");
  });

  app.get("/verify", (c) => c.html(<LoginConfirmPage token={c.req.query("token") ?? ""} />));

  app.post("/verify", limitBody, async (c) => {
    const body = await readForm(c, "请通过登录页面提交");
    const session = await services.auth.completeLogin(formValues(body.token)[0]);
    writeSession(c, session.sessionId, session.expiresAt, secureCookies);
    return c.redirect("/", 303);
  });
  return app;
}
