export { buildSystem, MailReader, linkIn, type LocalSystem, type SystemOptions } from "@beian/local-runtime";
import { consoleLogger } from "../../packages/local-runtime/src/console-logger.js";

/** Warnings and errors still show; info lines would drown the test output. */
export const consoleLoggerForTests = () => consoleLogger({ quiet: !process.env.BEIAN_TEST_LOGS });
