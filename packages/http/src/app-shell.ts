import type { Services } from "@beian/core";
import { Hono, type MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { jsonErrorHandler } from "./error-mapping.js";
import { sameOrigin } from "./same-origin.js";

/**
 * What every app shares, whichever routes it serves (the whole app locally, the API and the
 * register-files Lambdas in AWS): security headers, the one error mapping and a JSON 404.
 */
export function appShell(services: Services, mount: (app: Hono) => void, staticFiles?: MiddlewareHandler): Hono {
  const app = new Hono();
  app.use("*", secureHeaders({ contentSecurityPolicy: undefined }));
  app.onError(jsonErrorHandler(services.deps.log));
  // Every state-changing request must come from this site (cookie routes and the emailed pages alike).
  app.use("*", sameOrigin(services.deps.config.baseUrl));
  mount(app);
  if (staticFiles) app.use("*", staticFiles);
  app.notFound((c) => c.json({ error: { code: "NOT_FOUND", message: "页面或接口不存在" } }, 404));
  return app;
}
