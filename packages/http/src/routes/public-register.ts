import type { Services } from "@beian/core";
import { Hono } from "hono";
import type { ClientAddress } from "../client-address.js";
import { rateLimit } from "../rate-limit.js";

/** A person checking a few accounts stays far below this; a scraper does not. */
export const PUBLIC_RATE = { capacity: 20, refillPerSecond: 20 / 60 };

/** 账号核验 and 注销公告: no login, nothing private, rate-limited per client address. */
export function publicRegisterApi(services: Services, client: ClientAddress) {
  const app = new Hono();
  app.use("*", rateLimit({ ...PUBLIC_RATE, clock: services.deps.clock, client, message: "查询过于频繁，请稍后再试" }));
  app.get("/verify", async (c) => c.json(await services.publicRegister.verify(c.req.query("q"))));
  app.get("/cancelled", async (c) => c.json(await services.publicRegister.cancelled(c.req.query("cursor"))));
  return app;
}
