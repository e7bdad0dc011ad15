import type { Logger } from "@beian/core";

/** One JSON line per event on stdout/stderr, which CloudWatch Logs keeps per invocation. */
export function jsonLogger(): Logger {
  const line = (level: string, message: string, fields?: Record<string, unknown>) =>
    JSON.stringify({ level, time: new Date().toISOString(), message, ...fields });
  return {
    info: (message, fields) => console.log(line("info", message, fields)),
    warn: (message, fields) => console.warn(line("warn", message, fields)),
    error: (message, fields) => console.error(line("error", message, fields)),
  };
}
