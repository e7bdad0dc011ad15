import type { SSTConfig } from "sst";
import { deploySettings } from "./stacks/deploy-settings.js";
import { functionDefaults } from "./stacks/function-defaults.js";
import { ApiStack } from "./stacks/api-stack.js";
import { ContentStack } from "./stacks/content-stack.js";
import { ReportsStack } from "./stacks/reports-stack.js";
import { InspectionStack } from "./stacks/inspection-stack.js";
import { ReviewStack } from "./stacks/review-stack.js";
import { StorageStack } from "./stacks/storage-stack.js";
import { WebStack } from "./stacks/web-stack.js";

process.env.SST_TELEMETRY_DISABLED ??= "1";

export default {
  config() {
    // `sst deploy --region <region>` overrides this. Any region with Step Functions works; in the
    // China regions (cn-north-1, cn-northwest-1) mail goes out over SMTP: see docs/deploy.md.
    return { name: "beian", region: "ap-southeast-1" };
  },
  stacks(app) {
    // Read once up front so a missing or wrong setting stops the deploy before any stack is built.
    const settings = deploySettings(process.env, app.region);
    app.setDefaultFunctionProps(functionDefaults(settings.mail.transport));
    // Non-production stages are disposable; prod keeps everything on removal.
    if (app.stage !== "prod") app.setDefaultRemovalPolicy("destroy");
    // Order matters: each stack uses the ones before it.
    app.stack(StorageStack).stack(WebStack).stack(ReviewStack).stack(ApiStack).stack(ContentStack).stack(InspectionStack).stack(ReportsStack);
  },
} satisfies SSTConfig;
