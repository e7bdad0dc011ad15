import type { Services } from "@beian/core";
import { Hono, type MiddlewareHandler } from "hono";
import { appShell } from "./app-shell.js";
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
import { custodyApi } from "./routes/custody.js";
import { contentApi, updateMonitorApi, wordDictionaryApi } from "./routes/content.js";
import { inspectionApi } from "./routes/inspection.js";
import { clientAddress, type ClientAddress } from "./client-address.js";

export interface AppOptions {
  /** Set the session cookie's Secure flag (true behind HTTPS in AWS). */
  secureCookies?: boolean;
  /** Serves the built web page locally; in AWS a StaticSite serves it instead. */
  staticFiles?: MiddlewareHandler;
  /** More routes under /api: how createApp (full-app.ts) adds the register files without this module reaching exceljs. */
  moreApi?: (api: Hono) => void;
  /** Who a request comes from, as the platform vouches for it (rate limits key on it). */
  clientAddress?: ClientAddress;
}

/** In-process requests (tests) have no peer: they count as one client. */
const inProcess: ClientAddress = clientAddress(() => "in-process");

/**
 * Every route but the register's export and import (routes/register-files.ts): the `api` Lambda,
 * whose bundle must stay free of exceljs. New route modules are registered here.
 */
export function createApiApp(services: Services, options: AppOptions = {}) {
  return appShell(services, (app) => mountRoutes(app, services, options), options.staticFiles);
}

function mountRoutes(app: Hono, services: Services, options: AppOptions) {
  const client = options.clientAddress ?? inProcess;
  const api = new Hono();
  api.route("/", authApi(services, client));
  api.route("/meta", metaApi());
  api.route("/filings", filingsApi(services));
  api.route("/accounts", accountActionsApi(services));
  api.route("/register", registerApi(services));
  api.route("/public", publicRegisterApi(services, client));
  api.route("/", custodyApi(services));
  api.route("/directory", directoryApi(services));
  api.route("/review-chains", reviewChainsApi(services));
  api.route("/reviews", reviewsApi(services));
  api.route("/me/delegation", delegationApi(services));
  api.route("/content", contentApi(services));
  api.route("/word-dictionary", wordDictionaryApi(services));
  api.route("/update-monitor", updateMonitorApi(services));
  api.route("/inspection", inspectionApi(services));
  options.moreApi?.(api);
  app.route("/api", api);

  app.route("/auth", authPages(services, options.secureCookies ?? false));
  app.route("/review", reviewPages(services));
}
