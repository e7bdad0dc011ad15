import { MAIL_ENV, readMailTransport, readSmtpSettings, SECRET_ARN, type SmtpSettings } from "@beian/aws-adapters";
import { isChinaRegion, partitionOf } from "./china-regions.js";

/**
 * How the deployment sends mail (`MAIL_TRANSPORT`): SES v2 with the sender's verified identity, or
 * SMTP to a mail service with the credentials in one Secrets Manager secret. SES is the default
 * where it exists; the China regions have none, so SMTP is the default (and the only choice) there.
 */
export type MailSettings = { transport: "ses"; sesIdentity: string } | ({ transport: "smtp" } & SmtpSettings);

/** Lambda blocks outbound connections on port 25; mail services offer 465 or 587 for submission. */
const BLOCKED_PORTS = new Set([25]);

type Env = Record<string, string | undefined>;

export function mailSettings(env: Env, senderDomain: string, region: string | undefined): MailSettings {
  const china = isChinaRegion(region);
  const transport = readMailTransport(env, china ? "smtp" : "ses");
  if (transport === "ses") {
    if (china) throw new Error(`${MAIL_ENV.transport}=ses: Amazon SES is not offered in ${region}; set ${MAIL_ENV.transport}=smtp with ${MAIL_ENV.smtpHost} and ${MAIL_ENV.smtpSecretArn}`);
    return { transport, sesIdentity: env.SES_IDENTITY?.trim() || senderDomain };
  }
  const smtp = readSmtpSettings(env);
  if (BLOCKED_PORTS.has(smtp.port)) throw new Error(`${MAIL_ENV.smtpPort}=${smtp.port}: Lambda cannot connect out on port 25; use the service's submission port (465 or 587)`);
  const secretPartition = SECRET_ARN.exec(smtp.secretArn)?.[1];
  if (region && secretPartition !== partitionOf(region)) {
    throw new Error(`${MAIL_ENV.smtpSecretArn} is in partition ${secretPartition}, but ${region} is in ${partitionOf(region)}: create the secret in the deployment's account and region`);
  }
  return { transport, ...smtp };
}

/** What the Lambdas read through `readMailConfig` (packages/aws-adapters): no secret, only where it is. */
export function mailEnvironment(mail: MailSettings): Record<string, string> {
  if (mail.transport === "ses") return { [MAIL_ENV.transport]: "ses" };
  return {
    [MAIL_ENV.transport]: "smtp",
    [MAIL_ENV.smtpHost]: mail.host,
    [MAIL_ENV.smtpPort]: String(mail.port),
    [MAIL_ENV.smtpTls]: mail.tls,
    [MAIL_ENV.smtpSecretArn]: mail.secretArn,
  };
}
