import { FILING_FIELD_LABELS, filingInputSchema, type Services } from "@beian/core";
import { Hono } from "hono";
import { z } from "zod";
import { jsonBody, limitBody, requireActor, requireJson, requireRoles, type AppEnv } from "../guards.js";

/** Filing API for unit operators and admins; every route requires a session. */
export function filingsApi(services: Services) {
  const app = new Hono<AppEnv>();
  app.use("*", requireActor(services));

  app.get("/", async (c) => c.json({ items: await services.filings.list(c.get("actor")) }));

  app.post("/", requireRoles("operator"), limitBody, requireJson, jsonBody(filingInputSchema, FILING_FIELD_LABELS), async (c) => {
    const filing = await services.filings.submit(c.get("actor"), c.req.valid("json"));
    return c.json({ filing }, 201);
  });

  app.get("/:id", async (c) => c.json(await services.filings.get(c.get("actor"), c.req.param("id"))));

  // The body's shape depends on the filing's kind (申请表, or 变更 / 注销 with a reason), so the core parses it.
  app.put("/:id", requireRoles("operator"), limitBody, requireJson, jsonBody(z.unknown(), {}), async (c) => {
    const filing = await services.filings.resubmit(c.get("actor"), c.req.param("id"), c.req.valid("json"));
    return c.json({ filing });
  });

  app.get("/:id/audit/verify", async (c) => c.json(await services.filings.verifyAudit(c.get("actor"), c.req.param("id"))));

  return app;
}
