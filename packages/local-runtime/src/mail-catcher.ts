import { createRequire } from "node:module";

export interface MailCatcherOptions {
  smtpPort: number;
  webPort: number;
  /** Directory where caught mails persist across restarts; omit to keep them in memory. */
  mailDir?: string;
}

export interface MailCatcher {
  smtpPort: number;
  webUrl: string;
  stop(): Promise<void>;
}

interface MailDevInstance {
  listen(callback: (error?: Error) => void): void;
  close(callback: () => void): void;
  on(event: string, listener: (...args: unknown[]) => void): void;
}

/** Embedded maildev: SMTP and its web UI, both bound to 127.0.0.1. */
export async function startMailCatcher(options: MailCatcherOptions): Promise<MailCatcher> {
  const require = createRequire(import.meta.url);
  const MailDev = require("maildev") as new (config: Record<string, unknown>) => MailDevInstance;
  const maildev = new MailDev({
    smtp: options.smtpPort,
    web: options.webPort,
    ip: "127.0.0.1",
    webIp: "127.0.0.1",
    silent: true,
    ...(options.mailDir ? { mailDirectory: options.mailDir } : {}),
  });
  await new Promise<void>((resolve, reject) => maildev.listen((error) => (error ? reject(error) : resolve())));
  return {
    smtpPort: options.smtpPort,
    webUrl: `http://127.0.0.1:${options.webPort}`,
    stop: () => new Promise<void>((resolve) => maildev.close(() => resolve())),
  };
}
