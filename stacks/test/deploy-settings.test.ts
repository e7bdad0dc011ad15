import { describe, expect, it } from "vitest";
import { deploySettings, senderAddress } from "../deploy-settings.js";
import { mailEnvironment } from "../mail-settings.js";

const MAIL_FROM = "政务新媒体备案管理系统 <noreply@beian.example.gov.cn>";
const CN_SECRET = "arn:aws-cn:secretsmanager:cn-northwest-1:123456789012:secret:beian/smtp-AbC123";
const SMTP = { MAIL_FROM, MAIL_TRANSPORT: "smtp", SMTP_HOST: "smtpdm.aliyun.com", SMTP_SECRET_ARN: CN_SECRET };
const CHINA = { ...SMTP, BASE_URL: "https://beian.example.gov.cn", CLOUDFRONT_IAM_CERTIFICATE_ID: "ASCAEXAMPLE1234567890" };

describe("deploySettings", () => {
  it("derives the SES identity from the sender's domain and leaves BASE_URL to the site", () => {
    expect(deploySettings({ MAIL_FROM })).toEqual({ mailFrom: MAIL_FROM, mail: { transport: "ses", sesIdentity: "beian.example.gov.cn" }, baseUrl: undefined, china: undefined, ttls: {}, inspection: {}, inspectionOpensOn: "11-01" });
  });

  it("takes the inspection's dates, passes them to the Lambdas and refuses a day that is not one", () => {
    const settings = deploySettings({ MAIL_FROM, INSPECTION_OPENS_ON: "10-15", INSPECTION_DEADLINE_ON: "11-20", INSPECTION_GRACE_DAYS: "45" });
    expect(settings).toMatchObject({ inspectionOpensOn: "10-15", inspection: { INSPECTION_OPENS_ON: "10-15", INSPECTION_DEADLINE_ON: "11-20", INSPECTION_GRACE_DAYS: "45" } });
    expect(() => deploySettings({ MAIL_FROM, INSPECTION_OPENS_ON: "02-30" })).toThrow(/INSPECTION_OPENS_ON must be a day as MM-DD/);
    expect(() => deploySettings({ MAIL_FROM, INSPECTION_DEADLINE_ON: "2026-11-30" })).toThrow(/INSPECTION_DEADLINE_ON/);
    expect(() => deploySettings({ MAIL_FROM, INSPECTION_GRACE_DAYS: "-3" })).toThrow(/INSPECTION_GRACE_DAYS/);
  });

  it("takes an explicit SES identity, a custom-domain BASE_URL and TTL overrides", () => {
    const settings = deploySettings({ MAIL_FROM, SES_IDENTITY: "noreply@beian.example.gov.cn", BASE_URL: "https://beian.example.gov.cn/", SESSION_TTL_HOURS: "8", OTHER: "x" });
    expect(settings).toMatchObject({ mail: { sesIdentity: "noreply@beian.example.gov.cn" }, baseUrl: "https://beian.example.gov.cn", ttls: { SESSION_TTL_HOURS: "8" } });
  });

  it("refuses to synthesize without a sender, or with one that has no address", () => {
    expect(() => deploySettings({})).toThrow(/MAIL_FROM is not set/);
    expect(() => deploySettings({ MAIL_FROM: "政务新媒体备案管理系统" })).toThrow(/MAIL_FROM must contain an email address/);
  });

  it("refuses a BASE_URL that is not an https origin (links would break or leak over http)", () => {
    expect(() => deploySettings({ MAIL_FROM, BASE_URL: "http://beian.example.gov.cn" })).toThrow(/BASE_URL must be an https origin/);
    expect(() => deploySettings({ MAIL_FROM, BASE_URL: "https://beian.example.gov.cn/app" })).toThrow(/BASE_URL must be an https origin/);
  });

  it("finds the bare address in a sender with or without a display name", () => {
    expect(senderAddress(MAIL_FROM)).toBe("noreply@beian.example.gov.cn");
    expect(senderAddress(" noreply@beian.example.gov.cn ")).toBe("noreply@beian.example.gov.cn");
  });

  it("takes SMTP with a secret ARN, and hands the Lambdas where the secret is, never what it holds", () => {
    const settings = deploySettings({ ...SMTP, SMTP_SECRET_ARN: CN_SECRET.replace("aws-cn", "aws").replace("cn-northwest-1", "ap-southeast-1"), SMTP_PORT: "587" }, "ap-southeast-1");
    expect(settings.mail).toEqual({ transport: "smtp", host: "smtpdm.aliyun.com", port: 587, tls: "starttls", secretArn: "arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:beian/smtp-AbC123" });
    expect(mailEnvironment(settings.mail)).toEqual({
      MAIL_TRANSPORT: "smtp",
      SMTP_HOST: "smtpdm.aliyun.com",
      SMTP_PORT: "587",
      SMTP_TLS: "starttls",
      SMTP_SECRET_ARN: "arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:beian/smtp-AbC123",
    });
    expect(mailEnvironment(deploySettings({ MAIL_FROM }).mail)).toEqual({ MAIL_TRANSPORT: "ses" });
  });

  it("refuses port 25 (Lambda cannot reach it) and a secret from another partition", () => {
    expect(() => deploySettings({ ...SMTP, SMTP_PORT: "25" }, "cn-northwest-1")).toThrow(/port 25/);
    expect(() => deploySettings({ ...SMTP, SMTP_SECRET_ARN: CN_SECRET.replace("aws-cn", "aws") }, "cn-northwest-1")).toThrow(/partition aws, but cn-northwest-1 is in aws-cn/);
  });

  describe("in the China regions", () => {
    it("defaults to SMTP and needs the ICP-recorded domain and its IAM certificate", () => {
      const settings = deploySettings({ ...CHINA, MAIL_TRANSPORT: undefined }, "cn-northwest-1");
      expect(settings.mail.transport).toBe("smtp");
      expect(settings.china).toEqual({ domainName: "beian.example.gov.cn", iamCertificateId: "ASCAEXAMPLE1234567890" });
      expect(deploySettings(CHINA, "cn-north-1").china?.domainName).toBe("beian.example.gov.cn");
    });

    it("refuses SES, a missing domain and a missing or malformed certificate id, saying why", () => {
      expect(() => deploySettings({ ...CHINA, MAIL_TRANSPORT: "ses" }, "cn-northwest-1")).toThrow(/SES is not offered in cn-northwest-1/);
      expect(() => deploySettings({ ...CHINA, BASE_URL: undefined }, "cn-northwest-1")).toThrow(/BASE_URL is not set: in cn-northwest-1 CloudFront serves only an ICP-recorded domain/);
      expect(() => deploySettings({ ...CHINA, CLOUDFRONT_IAM_CERTIFICATE_ID: undefined }, "cn-northwest-1")).toThrow(/CLOUDFRONT_IAM_CERTIFICATE_ID is not set/);
      expect(() => deploySettings({ ...CHINA, CLOUDFRONT_IAM_CERTIFICATE_ID: "arn:aws-cn:iam::1:server-certificate/x" }, "cn-northwest-1")).toThrow(/must be an IAM ServerCertificateId/);
    });

    it("asks nothing China-specific elsewhere", () => {
      expect(deploySettings({ ...CHINA, MAIL_TRANSPORT: "ses" }, "ap-southeast-1").china).toBeUndefined();
    });
  });
});
