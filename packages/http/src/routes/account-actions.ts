import type { Services } from "@beian/core";
import { Hono } from "hono";
import { jsonInput, requireActor, requireRoles, type AppEnv } from "../guards.js";

/** Changing a register account: 变更 / 注销 filings by its unit, 停用 / 恢复 by the registry office. */
export function accountActionsApi(services: Services) {
  const app = new Hono<AppEnv>();
  app.use("*", requireActor(services));

  app.post("/:id/changes", requireRoles("operator"), jsonInput, async (c) =>
    c.json({ filing: await services.accountFilings.submitChange(c.get("actor"), c.req.param("id"), c.get("body")) }, 201),
  );

  app.post("/:id/cancellation", requireRoles("operator"), jsonInput, async (c) =>
    c.json({ filing: await services.accountFilings.submitCancel(c.get("actor"), c.req.param("id"), c.get("body")) }, 201),
  );

  app.post("/:id/suspend", requireRoles("admin"), jsonInput, async (c) => c.json({ account: await services.accountAdmin.suspend(c.get("actor"), c.req.param("id"), c.get("body")) }));

  app.post("/:id/restore", requireRoles("admin"), jsonInput, async (c) => c.json({ account: await services.accountAdmin.restore(c.get("actor"), c.req.param("id"), c.get("body")) }));

  return app;
}
