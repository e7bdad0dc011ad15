/**
 * Deploy-time settings read from the environment of `sst deploy` (or `.env.<stage>`, which SST
 * loads). Nothing here is secret: mail goes out through SES with the Lambdas' IAM roles.
 */
export interface DeploySettings {
  /** Sender of every mail, e.g. `政务新媒体备案管理系统 <noreply@beian.example.gov.cn>`. */
  mailFrom: string;
  /** The verified SES identity that covers `mailFrom`: its domain unless set explicitly. */
  sesIdentity: string;
  /** Public URL in emailed links when a custom domain fronts the site; else the CloudFront URL. */
  baseUrl?: string;
  /** Optional TTL overrides passed through to the Lambdas unchanged. */
  ttls: Record<string, string>;
}

const TTL_VARIABLES = ["APPROVAL_LINK_TTL_HOURS", "LOGIN_LINK_TTL_MINUTES", "SESSION_TTL_HOURS"] as const;

/** The bare address of a sender that may carry a display name. */
export function senderAddress(mailFrom: string): string {
  return (/<([^>]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom).trim();
}

export function deploySettings(env: Record<string, string | undefined> = process.env): DeploySettings {
  const mailFrom = env.MAIL_FROM?.trim();
  if (!mailFrom) {
    throw new Error("MAIL_FROM is not set: give the SES-verified sender, e.g. MAIL_FROM='政务新媒体备案管理系统 <noreply@beian.example.gov.cn>' (in the shell or in .env.<stage>)");
  }
  const address = senderAddress(mailFrom);
  const domain = /^[^@\s]+@([^@\s]+)$/.exec(address)?.[1];
  if (!domain) throw new Error(`MAIL_FROM must contain an email address, got "${mailFrom}"`);
  const baseUrl = env.BASE_URL?.trim().replace(/\/+$/, "") || undefined;
  if (baseUrl && !/^https:\/\/[^/]+$/.test(baseUrl)) throw new Error(`BASE_URL must be an https origin without a path, got "${baseUrl}"`);
  const ttls: Record<string, string> = {};
  for (const name of TTL_VARIABLES) {
    const value = env[name]?.trim();
    if (value) ttls[name] = value;
  }
  return { mailFrom, sesIdentity: env.SES_IDENTITY?.trim() || domain, baseUrl, ttls };
}
