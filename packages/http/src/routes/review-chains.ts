import type { Services } from "@beian/core";
import { Hono } from "hono";
import { jsonInput, requireActor, requireRoles, type AppEnv } from "../guards.js";

/** 审核流程配置: the default chain and per-unit overrides, per kind of item; admins only. */
export function reviewChainsApi(services: Services) {
  const app = new Hono<AppEnv>();
  app.use("*", requireActor(services), requireRoles("admin"));

  /** The kinds of item that have chains (备案, 内容发布 …). */
  app.get("/", (c) => c.json({ items: services.chains.kinds() }));
  app.get("/:kind", async (c) => c.json(await services.chains.list(c.get("actor"), c.req.param("kind"))));
  app.put("/:kind/:scope", jsonInput, async (c) => c.json({ chain: await services.chains.set(c.get("actor"), c.req.param("kind"), c.req.param("scope"), c.get("body")) }));
  app.delete("/:kind/:scope", async (c) => {
    await services.chains.removeOverride(c.get("actor"), c.req.param("kind"), c.req.param("scope"));
    return c.body(null, 204);
  });

  return app;
}
