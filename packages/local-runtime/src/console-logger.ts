import type { Logger } from "@beian/core";

/** One JSON line per event; `quiet` drops info lines (tests, benchmarks). */
export function consoleLogger(options: { quiet?: boolean } = {}): Logger {
  const write = (level: string, message: string, fields?: Record<string, unknown>) =>
    console.error(JSON.stringify({ level, time: new Date().toISOString(), message, ...fields }));
  return {
    info: (m, f) => (options.quiet ? undefined : write("info", m, f)),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
  };
}
