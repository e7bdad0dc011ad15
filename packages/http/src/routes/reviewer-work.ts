import type { Services } from "@beian/core";
import { Hono } from "hono";
import { jsonInput, requireActor, requireRoles, type AppEnv } from "../guards.js";

/** 待我审核 and the reviewer list (reviewers); pending tasks, reassignment, stuck rounds and restarts (admins). */
export function reviewsApi(services: Services) {
  const app = new Hono<AppEnv>();
  const work = services.reviewerWork;
  app.use("*", requireActor(services));

  app.get("/mine", async (c) => c.json({ items: await work.inbox(c.get("actor")) }));
  app.get("/reviewers", async (c) => c.json({ items: await work.listReviewers(c.get("actor")) }));
  app.get("/pending", async (c) => c.json({ items: await work.pendingTasks(c.get("actor")) }));
  app.get("/stuck", async (c) => c.json({ items: await services.reviews.listStuck(c.get("actor")) }));

  app.post("/:kind/:itemId/:stage/reassign", requireRoles("admin"), jsonInput, async (c) => {
    const { kind, itemId, stage } = c.req.param();
    const task = await work.reassign(c.get("actor"), kind, itemId, stage, c.get("body"));
    return c.json({ task: { itemId: task.itemId, round: task.round, stage: task.stage, reviewerName: task.reviewerName } });
  });

  app.post("/:kind/:itemId/restart", requireRoles("admin"), jsonInput, async (c) => {
    const state = await services.reviews.restart(c.get("actor"), c.req.param("kind"), c.req.param("itemId"), c.get("body"));
    return c.json({ item: { itemId: state.itemId, round: state.round, stage: state.stage, status: state.status, restarts: state.restarts } });
  });

  app.post("/:kind/:itemId/withdraw", requireRoles("operator"), jsonInput, async (c) => {
    const state = await services.reviews.withdraw(c.get("actor"), c.req.param("kind"), c.req.param("itemId"), c.get("body"));
    return c.json({ item: { itemId: state.itemId, round: state.round, status: state.status } });
  });

  return app;
}

/** A reviewer's deputy (代签人). */
export function delegationApi(services: Services) {
  const app = new Hono<AppEnv>();
  const work = services.reviewerWork;
  app.use("*", requireActor(services));

  app.get("/", async (c) => c.json(await work.delegation(c.get("actor"))));
  app.put("/", jsonInput, async (c) => c.json(await work.setDelegation(c.get("actor"), c.get("body"))));
  app.delete("/", async (c) => {
    await work.clearDelegation(c.get("actor"));
    return c.body(null, 204);
  });

  return app;
}
