import type { Mailer } from "@beian/core";
import { readMailConfig } from "./mail-config.js";
import { SesMailer } from "./ses-mailer.js";
import { secretsManagerCredentials } from "./smtp-credentials.js";
import { SmtpMailer } from "./smtp-mailer.js";

/**
 * The mailer the deployment chose (`MAIL_TRANSPORT`, set by the stacks): SES v2, or SMTP with its
 * credentials from Secrets Manager. Neither loads its SDK or library before the first mail.
 */
export function mailerFromEnv(env: Record<string, string | undefined> = process.env): Mailer {
  const config = readMailConfig(env);
  if (config.transport === "ses") return new SesMailer({ from: config.from });
  return new SmtpMailer({ from: config.from, host: config.host, port: config.port, tls: config.tls, credentials: secretsManagerCredentials(config.secretArn) });
}
