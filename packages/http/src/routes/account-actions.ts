import { CANCEL_FIELD_LABELS, cancelInputSchema, CHANGE_FIELD_LABELS, changeInputSchema, type Services } from "@beian/core";
import { Hono } from "hono";
import { jsonBody, limitBody, requireActor, requireJson, requireRoles, type AppEnv } from "../guards.js";

const REASON = { reason: "原因" };

/** Changing a register account: 变更 / 注销 filings by its unit, 停用 / 恢复 by the registry office. */
export function accountActionsApi(services: Services) {
  const app = new Hono<AppEnv>();
  app.use("*", requireActor(services));

  app.post("/:id/changes", requireRoles("operator"), limitBody, requireJson, jsonBody(changeInputSchema, CHANGE_FIELD_LABELS), async (c) => {
    const filing = await services.accountFilings.submitChange(c.get("actor"), c.req.param("id"), c.req.valid("json"));
    return c.json({ filing }, 201);
  });

  app.post("/:id/cancellation", requireRoles("operator"), limitBody, requireJson, jsonBody(cancelInputSchema, CANCEL_FIELD_LABELS), async (c) => {
    const filing = await services.accountFilings.submitCancel(c.get("actor"), c.req.param("id"), c.req.valid("json"));
    return c.json({ filing }, 201);
  });

  app.post("/:id/suspend", requireRoles("admin"), limitBody, requireJson, jsonBody(cancelInputSchema, REASON), async (c) =>
    c.json({ account: await services.accountAdmin.suspend(c.get("actor"), c.req.param("id"), c.req.valid("json")) }),
  );

  app.post("/:id/restore", requireRoles("admin"), limitBody, requireJson, jsonBody(cancelInputSchema, REASON), async (c) =>
    c.json({ account: await services.accountAdmin.restore(c.get("actor"), c.req.param("id"), c.req.valid("json")) }),
  );

  return app;
}
