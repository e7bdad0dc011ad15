import type { Services } from "@beian/core";
import { Hono } from "hono";
import { jsonInput, requireActor, requireRoles, type AppEnv } from "../guards.js";

/** 组织机构: units and people, for admins (the services check the role). */
export function directoryApi(services: Services) {
  const app = new Hono<AppEnv>();
  const dir = services.directory;
  app.use("*", requireActor(services), requireRoles("admin"));

  app.get("/units", async (c) => c.json({ items: await dir.listUnits(c.get("actor")) }));
  app.post("/units", jsonInput, async (c) => c.json({ unit: await dir.createUnit(c.get("actor"), c.get("body")) }, 201));
  app.put("/units/:id", jsonInput, async (c) => c.json({ unit: await dir.updateUnit(c.get("actor"), c.req.param("id"), c.get("body")) }));
  app.get("/units/:id/descendants", async (c) => c.json({ unitIds: await dir.subUnitIds(c.get("actor"), c.req.param("id")) }));

  app.get("/people", async (c) => c.json({ items: await dir.listPeople(c.get("actor"), c.req.query("unitId") || undefined) }));
  app.post("/people", jsonInput, async (c) => c.json({ person: await dir.createPerson(c.get("actor"), c.get("body")) }, 201));
  app.put("/people/:id", jsonInput, async (c) => c.json({ person: await dir.updatePerson(c.get("actor"), c.req.param("id"), c.get("body")) }));
  app.post("/people/:id/deactivate", async (c) => c.json({ person: await dir.deactivatePerson(c.get("actor"), c.req.param("id")) }));
  app.post("/people/:id/reactivate", async (c) => c.json({ person: await dir.reactivatePerson(c.get("actor"), c.req.param("id")) }));

  app.get("/audit", async (c) => c.json({ items: await dir.listAudit(c.get("actor")) }));

  return app;
}
