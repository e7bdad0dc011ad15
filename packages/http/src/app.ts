import type { Services } from "@beian/core";
import { Hono, type MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { jsonErrorHandler } from "./error-mapping.js";
import { accountActionsApi } from "./routes/account-actions.js";
import { authApi, authPages } from "./routes/auth.js";
import { filingsApi } from "./routes/filings.js";
import { metaApi } from "./routes/meta.js";
import { publicRegisterApi } from "./routes/public-register.js";
import { registerApi } from "./routes/register.js";
import { directoryApi } from "./routes/directory.js";
import { reviewChainsApi } from "./routes/review-chains.js";
import { reviewPages } from "./routes/review-pages.js";
import { delegationApi, reviewsApi } from "./routes/reviewer-work.js";
import { upkeepApi } from "./routes/upkeep.js";

export interface AppOptions {
  /** Set the session cookie's Secure flag (true behind HTTPS in AWS). */
  secureCookies?: boolean;
  /** Serves the built web page locally; in AWS a StaticSite serves it instead. */
  staticFiles?: MiddlewareHandler;
}

/** The one Hono app behind both the Lambda handler and the local Node server. */
export function createApp(services: Services, options: AppOptions = {}) {
  const app = new Hono();
  app.use("*", secureHeaders({ contentSecurityPolicy: undefined }));
  app.onError(jsonErrorHandler(services.deps.log));

  const api = new Hono();
  api.route("/", authApi(services));
  api.route("/meta", metaApi());
  api.route("/filings", filingsApi(services));
  api.route("/accounts", accountActionsApi(services));
  api.route("/register", registerApi(services));
  api.route("/public", publicRegisterApi(services));
  api.route("/", upkeepApi(services));
  api.route("/directory", directoryApi(services));
  api.route("/review-chains", reviewChainsApi(services));
  api.route("/reviews", reviewsApi(services));
  api.route("/me/delegation", delegationApi(services));
  app.route("/api", api);

  app.route("/auth", authPages(services, options.secureCookies ?? false));
  app.route("/review", reviewPages(services));
  if (options.staticFiles) app.use("*", options.staticFiles);
  app.notFound((c) => c.json({ error: { code: "NOT_FOUND", message: "页面或接口不存在" } }, 404));
  return app;
}
