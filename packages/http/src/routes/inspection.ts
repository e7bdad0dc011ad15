import type { Services } from "@beian/core";
import { Hono } from "hono";
import { jsonInput, requireActor, requireRoles, type AppEnv } from "../guards.js";

const year = (raw: string) => (/^\d{4}$/.test(raw) ? Number(raw) : Number.NaN);

/**
 * 年度检查: the registry office's campaigns, progress, results, deadline extensions and indicators
 * (admins); the units' annual reports (operators of the unit; admins read). The results' XLSX is in
 * routes/inspection-files.ts (the register-files Lambda, where exceljs lives).
 */
export function inspectionApi(services: Services) {
  // Read per request: an app may be built before (or without) its services, as the stack tests do.
  const inspection = () => services.inspection;
  const app = new Hono<AppEnv>();
  app.use("*", requireActor(services));
  const admin = requireRoles("admin");

  app.get("/campaigns", admin, async (c) => c.json(await inspection().results.campaigns(c.get("actor"))));
  app.post("/campaigns", admin, jsonInput, async (c) => c.json({ campaign: await inspection().campaigns.start(c.get("actor"), c.get("body")) }, 201));
  app.get("/campaigns/:year", admin, async (c) => c.json(await inspection().results.progress(c.get("actor"), year(c.req.param("year")))));
  /** 继续开启: a new execution for an opening that failed. */
  app.post("/campaigns/:year/resume", admin, async (c) => c.json({ campaign: await inspection().campaigns.resume(c.get("actor"), year(c.req.param("year"))) }));
  app.get("/campaigns/:year/history", admin, async (c) => c.json({ records: await inspection().campaigns.history(c.get("actor"), year(c.req.param("year"))) }));
  app.get("/campaigns/:year/units/:unitId/reports", admin, async (c) => c.json(await inspection().results.unitResults(c.get("actor"), year(c.req.param("year")), c.req.param("unitId"))));
  app.put("/campaigns/:year/units/:unitId/deadline", admin, jsonInput, async (c) =>
    c.json({ unit: await inspection().campaigns.extendDeadline(c.get("actor"), year(c.req.param("year")), c.req.param("unitId"), c.get("body")) }),
  );

  app.get("/indicators", admin, async (c) => c.json(await inspection().indicators.view(c.get("actor"))));
  app.put("/indicators", admin, jsonInput, async (c) => c.json({ indicators: await inspection().indicators.update(c.get("actor"), c.get("body")) }));
  app.get("/indicators/history", admin, async (c) => c.json(await inspection().indicators.history(c.get("actor"))));

  app.get("/reports", requireRoles("operator", "admin"), async (c) => c.json(await inspection().reports.list(c.get("actor"), c.req.query())));
  app.get("/reports/:id", requireRoles("operator", "admin"), async (c) => c.json(await inspection().reports.get(c.get("actor"), c.req.param("id"))));
  /** Saving what was typed so far. */
  app.put("/reports/:id", requireRoles("operator"), jsonInput, async (c) => c.json({ report: await inspection().reports.save(c.get("actor"), c.req.param("id"), c.get("body")) }));
  app.post("/reports/:id/submit", requireRoles("operator"), jsonInput, async (c) => c.json({ report: await inspection().reports.submit(c.get("actor"), c.req.param("id"), c.get("body")) }));
  return app;
}
