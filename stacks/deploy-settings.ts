import { ENV, readInspectionSchedule } from "@beian/aws-adapters";
import { isChinaRegion } from "./china-regions.js";
import { mailSettings, type MailSettings } from "./mail-settings.js";

/**
 * Deploy-time settings read from the environment of `sst deploy` (or `.env.<stage>`, which SST
 * loads). Nothing here is secret: SES sends with the Lambdas' IAM roles, and the SMTP password stays
 * in Secrets Manager (only its ARN is a setting).
 */
export interface DeploySettings {
  /** Sender of every mail, e.g. `政务新媒体备案管理系统 <noreply@beian.example.gov.cn>`. */
  mailFrom: string;
  mail: MailSettings;
  /** Public URL in emailed links when a custom domain fronts the site; else the CloudFront URL. */
  baseUrl?: string;
  /** China regions only: the site's ICP-recorded domain (BASE_URL's host) and its IAM server certificate. */
  china?: ChinaSiteSettings;
  /** Optional TTL overrides passed through to the Lambdas unchanged. */
  ttls: Record<string, string>;
  /** The yearly inspection's dates (opening day, default deadline, grace days), checked and passed through to the Lambdas. */
  inspection: Record<string, string>;
  /** The opening day (MM-DD): the yearly EventBridge rule fires at 00:00 Beijing on it. */
  inspectionOpensOn: string;
}

export interface ChinaSiteSettings {
  domainName: string;
  /** CloudFront China takes no ACM certificate: one uploaded to IAM (`aws iam upload-server-certificate --path /cloudfront/…`). */
  iamCertificateId: string;
}

const TTL_VARIABLES = ["APPROVAL_LINK_TTL_HOURS", "LOGIN_LINK_TTL_MINUTES", "SESSION_TTL_HOURS"] as const;
const INSPECTION_VARIABLES = [ENV.inspectionOpensOn, ENV.inspectionDeadlineOn, ENV.inspectionGraceDays] as const;

/** The bare address of a sender that may carry a display name. */
export function senderAddress(mailFrom: string): string {
  return (/<([^>]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom).trim();
}

type Env = Record<string, string | undefined>;

/** `region` is the app's (`sst deploy --region`): it decides the partition and what the China regions need. */
export function deploySettings(env: Env = process.env, region?: string): DeploySettings {
  const mailFrom = env.MAIL_FROM?.trim();
  if (!mailFrom) {
    throw new Error("MAIL_FROM is not set: give the sender, e.g. MAIL_FROM='政务新媒体备案管理系统 <noreply@beian.example.gov.cn>' (in the shell or in .env.<stage>)");
  }
  const domain = /^[^@\s]+@([^@\s]+)$/.exec(senderAddress(mailFrom))?.[1];
  if (!domain) throw new Error(`MAIL_FROM must contain an email address, got "${mailFrom}"`);
  const baseUrl = env.BASE_URL?.trim().replace(/\/+$/, "") || undefined;
  if (baseUrl && !/^https:\/\/[^/]+$/.test(baseUrl)) throw new Error(`BASE_URL must be an https origin without a path, got "${baseUrl}"`);
  const ttls: Record<string, string> = {};
  for (const name of TTL_VARIABLES) {
    const value = env[name]?.trim();
    if (value) ttls[name] = value;
  }
  // A bad inspection date stops the deploy here, not in a Lambda a year later.
  const schedule = readInspectionSchedule(env);
  const inspection: Record<string, string> = {};
  for (const name of INSPECTION_VARIABLES) {
    const value = env[name]?.trim();
    if (value) inspection[name] = value;
  }
  return { mailFrom, mail: mailSettings(env, domain, region), baseUrl, china: chinaSiteSettings(env, baseUrl, region), ttls, inspection, inspectionOpensOn: schedule.openOn };
}

/** CloudFront China serves no *.cloudfront.cn URL: the site needs its ICP-recorded domain and a certificate. */
function chinaSiteSettings(env: Env, baseUrl: string | undefined, region: string | undefined): ChinaSiteSettings | undefined {
  if (!isChinaRegion(region)) return undefined;
  if (!baseUrl) {
    throw new Error(`BASE_URL is not set: in ${region} CloudFront serves only an ICP-recorded domain of yours, e.g. BASE_URL=https://beian.example.gov.cn`);
  }
  const iamCertificateId = env.CLOUDFRONT_IAM_CERTIFICATE_ID?.trim();
  if (!iamCertificateId) {
    throw new Error(`CLOUDFRONT_IAM_CERTIFICATE_ID is not set: in ${region} CloudFront takes no ACM certificate; upload the domain's certificate to IAM (path /cloudfront/) and give its ServerCertificateId`);
  }
  if (!/^[A-Z0-9]{16,32}$/.test(iamCertificateId)) throw new Error(`CLOUDFRONT_IAM_CERTIFICATE_ID must be an IAM ServerCertificateId (e.g. ASCA…), got "${iamCertificateId}"`);
  return { domainName: new URL(baseUrl).host, iamCertificateId };
}
