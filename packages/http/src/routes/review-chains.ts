import { CHAIN_FIELD_LABELS, chainInputSchema, type Services } from "@beian/core";
import { Hono } from "hono";
import { jsonBody, limitBody, requireActor, requireJson, requireRoles, type AppEnv } from "../guards.js";

/** 审核流程配置: the default chain and per-unit overrides, per kind of item; admins only. */
export function reviewChainsApi(services: Services) {
  const app = new Hono<AppEnv>();
  app.use("*", requireActor(services));

  app.get("/:kind", async (c) => c.json(await services.chains.list(c.get("actor"), c.req.param("kind"))));

  app.put("/:kind/:scope", requireRoles("admin"), limitBody, requireJson, jsonBody(chainInputSchema, CHAIN_FIELD_LABELS), async (c) =>
    c.json({ chain: await services.chains.set(c.get("actor"), c.req.param("kind"), c.req.param("scope"), c.req.valid("json")) }),
  );

  app.delete("/:kind/:scope", async (c) => {
    await services.chains.removeOverride(c.get("actor"), c.req.param("kind"), c.req.param("scope"));
    return c.body(null, 204);
  });

  return app;
}
