/**
 * How a Lambda sends mail, read from the environment the stacks set: Amazon SES v2, or SMTP to a
 * mail service of the unit's choosing (the China regions have no SES). The SMTP password is never
 * in the environment: only the ARN of the Secrets Manager secret that holds it.
 */

export const MAIL_ENV = {
  from: "MAIL_FROM",
  transport: "MAIL_TRANSPORT",
  smtpHost: "SMTP_HOST",
  smtpPort: "SMTP_PORT",
  smtpTls: "SMTP_TLS",
  smtpSecretArn: "SMTP_SECRET_ARN",
} as const;

export const MAIL_TRANSPORTS = ["ses", "smtp"] as const;
export type MailTransport = (typeof MAIL_TRANSPORTS)[number];

/** `implicit`: TLS from the first byte (ports 465, 994); `starttls`: upgrade required, never plain text. */
export const SMTP_TLS_MODES = ["implicit", "starttls"] as const;
export type SmtpTls = (typeof SMTP_TLS_MODES)[number];

export interface SmtpSettings {
  host: string;
  port: number;
  tls: SmtpTls;
  /** Secrets Manager secret holding `{"username": …, "password": …}`. */
  secretArn: string;
}

export type MailConfig = ({ transport: "ses" } | ({ transport: "smtp" } & SmtpSettings)) & { from: string };

/** Ports on which mail services speak TLS from the start (465 is standard; 994 is used by NetEase). */
const IMPLICIT_TLS_PORTS = new Set([465, 994]);

/** A Secrets Manager secret ARN in any partition, with the six-character suffix AWS appends. */
export const SECRET_ARN = /^arn:(aws|aws-cn|aws-us-gov):secretsmanager:([a-z0-9-]+):(\d{12}):secret:(.+)-[A-Za-z0-9]{6}$/;

type Env = Record<string, string | undefined>;

function required(env: Env, name: string, hint: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`${name} is not set: ${hint}`);
  return value;
}

export function readMailTransport(env: Env, fallback: MailTransport = "ses"): MailTransport {
  const value = env[MAIL_ENV.transport]?.trim().toLowerCase() || fallback;
  if (!(MAIL_TRANSPORTS as readonly string[]).includes(value)) {
    throw new Error(`${MAIL_ENV.transport} must be one of ${MAIL_TRANSPORTS.join(", ")}, got "${env[MAIL_ENV.transport]}"`);
  }
  return value as MailTransport;
}

/** The SMTP connection settings; throws naming the first missing or bad variable. */
export function readSmtpSettings(env: Env): SmtpSettings {
  const host = required(env, MAIL_ENV.smtpHost, "give the mail service's SMTP host, e.g. smtpdm.aliyun.com");
  const rawPort = env[MAIL_ENV.smtpPort]?.trim() || "465";
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${MAIL_ENV.smtpPort} must be a TCP port, got "${rawPort}"`);
  const rawTls = env[MAIL_ENV.smtpTls]?.trim().toLowerCase() || (IMPLICIT_TLS_PORTS.has(port) ? "implicit" : "starttls");
  if (!(SMTP_TLS_MODES as readonly string[]).includes(rawTls)) {
    throw new Error(`${MAIL_ENV.smtpTls} must be one of ${SMTP_TLS_MODES.join(", ")} (mail is never sent in plain text), got "${rawTls}"`);
  }
  const secretArn = required(env, MAIL_ENV.smtpSecretArn, "give the ARN of the Secrets Manager secret holding the SMTP username and password");
  if (!SECRET_ARN.test(secretArn)) throw new Error(`${MAIL_ENV.smtpSecretArn} must be the full ARN of a Secrets Manager secret (…:secret:<name>-AbCdEf), got "${secretArn}"`);
  return { host, port, tls: rawTls as SmtpTls, secretArn };
}

export function readMailConfig(env: Env = process.env): MailConfig {
  const from = required(env, MAIL_ENV.from, "give the sender, e.g. 政务新媒体备案管理系统 <noreply@beian.example.gov.cn>");
  const transport = readMailTransport(env);
  return transport === "ses" ? { transport, from } : { transport, from, ...readSmtpSettings(env) };
}
