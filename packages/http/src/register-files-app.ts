import type { Services } from "@beian/core";
import { appShell } from "./app-shell.js";
import { registerFilesApi } from "./routes/register-files.js";

/** Only the register's export and import routes: the `register-files` Lambda in AWS. */
export function createRegisterFilesApp(services: Services) {
  return appShell(services, (app) => app.route("/api/register", registerFilesApi(services)));
}
