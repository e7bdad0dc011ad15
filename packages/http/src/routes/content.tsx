import type { Services } from "@beian/core";
import { Hono } from "hono";
import { jsonInput, requireActor, requireRoles, type AppEnv } from "../guards.js";
import { longJsonInput } from "../long-json.js";
import { ReviewRecordPage } from "../pages/review-record.js";

/**
 * 稿件 (先审后发): drafts, the word check while writing, 送审, 发布登记 and the 审核记录 page.
 * Every route needs a session; operators write, admins read.
 */
export function contentApi(services: Services) {
  // Read per request: an app may be built before (or without) its services, as the stack tests do.
  const content = () => services.content;
  const app = new Hono<AppEnv>();
  app.use("*", requireActor(services));

  app.get("/drafts", async (c) => c.json(await content().drafts.list(c.get("actor"), c.req.query())));
  app.post("/drafts", requireRoles("operator"), longJsonInput, async (c) => c.json({ draft: await content().drafts.create(c.get("actor"), c.get("body")) }, 201));
  app.get("/drafts/:id", async (c) => c.json(await content().drafts.get(c.get("actor"), c.req.param("id"))));
  /** Saving the text; in review or after approval it voids the round or the approval. */
  app.put("/drafts/:id", requireRoles("operator"), longJsonInput, async (c) => c.json({ draft: await content().drafts.update(c.get("actor"), c.req.param("id"), c.get("body")) }));
  app.post("/drafts/:id/submit", requireRoles("operator"), jsonInput, async (c) => c.json({ draft: await content().submit(c.get("actor"), c.req.param("id"), c.get("body")) }));
  app.post("/drafts/:id/publications", requireRoles("operator"), jsonInput, async (c) => c.json({ publication: await content().publications.record(c.get("actor"), c.req.param("id"), c.get("body")) }, 201));
  app.get("/drafts/:id/audit/verify", async (c) => c.json(await content().drafts.verifyAudit(c.get("actor"), c.req.param("id"))));
  /** 审核记录 as a printable page (the browser prints it or saves it as PDF). */
  app.get("/drafts/:id/record", async (c) => c.html(<ReviewRecordPage record={await content().reviewRecord(c.get("actor"), c.req.param("id"))} />));

  app.post("/check", requireRoles("operator", "admin"), longJsonInput, async (c) => c.json(await content().drafts.check(c.get("actor"), c.get("body"))));
  /** A post published outside the system (非系统发布). */
  app.post("/manual-publications", requireRoles("operator"), jsonInput, async (c) => c.json({ publication: await content().publications.recordManual(c.get("actor"), c.get("body")) }, 201));
  app.get("/accounts/:id/publications", async (c) => c.json({ items: await content().publications.ofAccount(c.get("actor"), c.req.param("id")) }));
  return app;
}

/** The 错敏词 dictionary: the registry office reads, adds, disables and whitelists (each audited). */
export function wordDictionaryApi(services: Services) {
  const dictionary = () => services.content.dictionary;
  const app = new Hono<AppEnv>();
  app.use("*", requireActor(services), requireRoles("admin"));
  app.get("/", async (c) => c.json(await dictionary().list(c.get("actor"))));
  app.post("/entries", jsonInput, async (c) => c.json({ entry: await dictionary().add(c.get("actor"), c.get("body")) }, 201));
  app.post("/entries/:id/enabled", jsonInput, async (c) => c.json({ entry: await dictionary().setEnabled(c.get("actor"), c.req.param("id"), c.get("body")) }));
  app.post("/whitelist", jsonInput, async (c) => c.json({ entry: await dictionary().allow(c.get("actor"), c.get("body")) }, 201));
  app.get("/history", async (c) => c.json(await dictionary().history(c.get("actor"))));
  return app;
}

/** 更新监测: accounts by days since their last update (admins all units, operators their own). */
export function updateMonitorApi(services: Services) {
  const app = new Hono<AppEnv>();
  app.use("*", requireActor(services), requireRoles("admin", "operator"));
  app.get("/", async (c) => c.json(await services.content.monitor.list(c.get("actor"), c.req.query())));
  return app;
}
