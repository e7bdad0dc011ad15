import type { Services } from "@beian/core";
import { appShell } from "./app-shell.js";
import { reportsApi } from "./routes/reports.js";

/** Only the reports and the 工作台's figures: the `reports` Lambda in AWS. */
export function createReportsApp(services: Services) {
  return appShell(services, (app) => app.route("/api/reports", reportsApi(services)));
}
