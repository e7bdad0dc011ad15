export { buildSystem, LOCAL_FUNCTIONS, type LocalSystem, type SystemOptions } from "./system.js";
export { startLocalRuntime, runtimeOptionsFromEnv } from "./runtime.js";
export { startDynamoLocal } from "./dynamodb-local.js";
export { startMailCatcher } from "./mail-catcher.js";
export { MailReader, linkIn, type CaughtMail } from "./mail-reader.js";
export { seedDemoData, DEMO_PEOPLE, DEMO_UNITS, DEMO_CHAIN } from "./demo-data.js";
export { freePort } from "./free-port.js";
