import type { Services } from "@beian/core";
import { createApiApp, type AppOptions } from "./app.js";
import { inspectionFilesApi } from "./routes/inspection-files.js";
import { registerFilesApi } from "./routes/register-files.js";
import { reportsApi } from "./routes/reports.js";

/**
 * Every route in one app: the local Node server and the tests. In AWS the same routes are split
 * between the `api` Lambda (createApiApp), the `register-files` Lambda (createRegisterFilesApp) and the
 * `reports` Lambda (createReportsApp).
 */
export function createApp(services: Services, options: AppOptions = {}) {
  return createApiApp(services, {
    ...options,
    moreApi: (api) => {
      api.route("/register", registerFilesApi(services));
      api.route("/inspection", inspectionFilesApi(services));
      api.route("/reports", reportsApi(services));
    },
  });
}
