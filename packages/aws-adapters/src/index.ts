export { awsServices } from "./aws-services.js";
export { DEFAULT_TTLS, ENV, readEnvConfig, type LambdaEnvConfig } from "./env-config.js";
export { jsonLogger } from "./json-logger.js";
export { encodeSender, SesMailer } from "./ses-mailer.js";
export { executionArn, SfnReviewWorkflow } from "./sfn-review-workflow.js";
export { openStagePayload, reviewOutcomePayload } from "./task-payloads.js";
