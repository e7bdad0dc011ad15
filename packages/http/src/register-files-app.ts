import type { Services } from "@beian/core";
import { appShell } from "./app-shell.js";
import { inspectionFilesApi } from "./routes/inspection-files.js";
import { registerFilesApi } from "./routes/register-files.js";

/** Only the file routes (register export and import, inspection results): the `register-files` Lambda in AWS. */
export function createRegisterFilesApp(services: Services) {
  return appShell(services, (app) => {
    app.route("/api/register", registerFilesApi(services));
    app.route("/api/inspection", inspectionFilesApi(services));
  });
}
