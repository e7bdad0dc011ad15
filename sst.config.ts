import type { SSTConfig } from "sst";
import { ApiStack } from "./stacks/api-stack.js";
import { FUNCTION_DEFAULTS } from "./stacks/function-defaults.js";
import { ReviewStack } from "./stacks/review-stack.js";
import { StorageStack } from "./stacks/storage-stack.js";
import { WebStack } from "./stacks/web-stack.js";

process.env.SST_TELEMETRY_DISABLED ??= "1";

export default {
  config() {
    // `sst deploy --region <region>` overrides this; the region needs SES and Step Functions.
    return { name: "beian", region: "ap-southeast-1" };
  },
  stacks(app) {
    app.setDefaultFunctionProps(FUNCTION_DEFAULTS);
    // Non-production stages are disposable; prod keeps everything on removal.
    if (app.stage !== "prod") app.setDefaultRemovalPolicy("destroy");
    // Order matters: each stack uses the ones before it.
    app.stack(StorageStack).stack(WebStack).stack(ReviewStack).stack(ApiStack);
  },
} satisfies SSTConfig;
