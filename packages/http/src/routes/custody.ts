import type { Services } from "@beian/core";
import { Hono } from "hono";
import { jsonInput, requireActor, type AppEnv } from "../guards.js";

/**
 * Credential custody, "rotate password / unbind devices" tasks and 委托运营 contract ends. Every
 * route needs a session; who may do what is decided in the core services (which refuse
 * password-like fields before any other check). Mounted on /api with full paths, so the session
 * guard stays on these routes only.
 */
export function custodyApi(services: Services) {
  const app = new Hono<AppEnv>();
  const signedIn = requireActor(services);

  app.get("/accounts/:id/custody", signedIn, async (c) => c.json(await services.custody.view(c.get("actor"), c.req.param("id"))));

  app.put("/accounts/:id/custody", signedIn, jsonInput, async (c) => c.json({ custody: await services.custody.update(c.get("actor"), c.req.param("id"), c.get("body")) }));

  app.get("/credential-tasks", signedIn, async (c) => {
    const overdue = c.req.query("overdue") === "1" || c.req.query("overdue") === "true";
    return c.json({ items: await services.custody.listTasks(c.get("actor"), { overdue }) });
  });

  app.post("/credential-tasks/:taskId/complete", signedIn, jsonInput, async (c) => c.json(await services.custody.completeTask(c.get("actor"), c.req.param("taskId"), c.get("body"))));

  app.get("/contracts/expiring", signedIn, async (c) => c.json({ items: await services.contracts.listExpiring(c.get("actor")) }));

  return app;
}
