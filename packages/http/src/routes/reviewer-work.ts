import { DELEGATION_FIELD_LABELS, delegationInputSchema, REASSIGN_FIELD_LABELS, reassignInputSchema, type Services } from "@beian/core";
import { Hono } from "hono";
import { jsonBody, limitBody, requireActor, requireJson, type AppEnv } from "../guards.js";

/** 待我审核 and the reviewer list (reviewers), pending tasks and reassignment (admins). */
export function reviewsApi(services: Services) {
  const app = new Hono<AppEnv>();
  const work = services.reviewerWork;
  app.use("*", requireActor(services));

  app.get("/mine", async (c) => c.json({ items: await work.inbox(c.get("actor")) }));
  app.get("/reviewers", async (c) => c.json({ items: await work.listReviewers(c.get("actor")) }));
  app.get("/pending", async (c) => c.json({ items: await work.pendingTasks(c.get("actor")) }));

  app.post("/:itemId/:stage/reassign", limitBody, requireJson, jsonBody(reassignInputSchema, REASSIGN_FIELD_LABELS), async (c) => {
    const task = await work.reassign(c.get("actor"), c.req.param("itemId"), c.req.param("stage"), c.req.valid("json"));
    return c.json({ task: { itemId: task.itemId, round: task.round, stage: task.stage, reviewerName: task.reviewerName } });
  });

  return app;
}

/** A reviewer's deputy (代签人). */
export function delegationApi(services: Services) {
  const app = new Hono<AppEnv>();
  const work = services.reviewerWork;
  app.use("*", requireActor(services));

  app.get("/", async (c) => c.json(await work.delegation(c.get("actor"))));
  app.put("/", limitBody, requireJson, jsonBody(delegationInputSchema, DELEGATION_FIELD_LABELS), async (c) => c.json(await work.setDelegation(c.get("actor"), c.req.valid("json"))));
  app.delete("/", async (c) => {
    await work.clearDelegation(c.get("actor"));
    return c.body(null, 204);
  });

  return app;
}
