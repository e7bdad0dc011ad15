import type { Services } from "@beian/core";
import { Hono } from "hono";
import { jsonInput, requireActor, requireRoles, type AppEnv } from "../guards.js";

/** Filing API for unit operators and admins; every route requires a session. */
export function filingsApi(services: Services) {
  const app = new Hono<AppEnv>();
  app.use("*", requireActor(services));

  app.get("/", async (c) => c.json(await services.filings.list(c.get("actor"), c.req.query())));

  app.post("/", requireRoles("operator"), jsonInput, async (c) => c.json({ filing: await services.filings.submit(c.get("actor"), c.get("body")) }, 201));

  app.get("/:id", async (c) => c.json(await services.filings.get(c.get("actor"), c.req.param("id"))));

  // The body's shape depends on the filing's kind (申请表, or 变更 / 注销 with a reason), so the core parses it.
  app.put("/:id", requireRoles("operator"), jsonInput, async (c) => c.json({ filing: await services.filings.resubmit(c.get("actor"), c.req.param("id"), c.get("body")) }));

  /** 撤回: the unit takes its filing back while it is in review (or returned); its claims are freed. */
  app.post("/:id/withdraw", requireRoles("operator"), jsonInput, async (c) => {
    const state = await services.reviews.withdraw(c.get("actor"), "filing", c.req.param("id"), c.get("body"));
    return c.json({ filing: (await services.filings.get(c.get("actor"), state.itemId)).filing });
  });

  app.get("/:id/audit/verify", async (c) => c.json(await services.filings.verifyAudit(c.get("actor"), c.req.param("id"))));

  return app;
}
