import type { Services } from "@beian/core";
import { Hono } from "hono";
import { requireActor, type AppEnv } from "../guards.js";

/**
 * 备案登记: list and account page (admins and operators, scoped). Export and import are in
 * register-files.ts, kept apart so this module (and the API Lambda) never reaches exceljs. Guards
 * are per route because both modules share the `/register` prefix locally.
 */
export function registerApi(services: Services) {
  const app = new Hono<AppEnv>();
  const actor = requireActor(services);

  app.get("/", actor, async (c) => c.json(await services.register.list(c.get("actor"), c.req.query())));

  app.get("/accounts/:id", actor, async (c) => c.json(await services.accountHistory.account(c.get("actor"), c.req.param("id"))));

  return app;
}
