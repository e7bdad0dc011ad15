import { describe, expect, it } from "vitest";
import { readMailConfig } from "../src/mail-config.js";
import { mailerFromEnv } from "../src/mailer-from-env.js";
import { SesMailer } from "../src/ses-mailer.js";
import { SmtpMailer } from "../src/smtp-mailer.js";

const FROM = "政务新媒体备案管理系统 <noreply@beian.example.gov.cn>";
const SECRET = "arn:aws-cn:secretsmanager:cn-northwest-1:123456789012:secret:beian/smtp-AbC123";
const SMTP = { MAIL_FROM: FROM, MAIL_TRANSPORT: "smtp", SMTP_HOST: "smtpdm.aliyun.com", SMTP_SECRET_ARN: SECRET };

describe("readMailConfig", () => {
  it("defaults to SES with the sender only", () => {
    expect(readMailConfig({ MAIL_FROM: FROM })).toEqual({ transport: "ses", from: FROM });
  });

  it("reads SMTP: port 465 by default with TLS from the start, STARTTLS required on other ports", () => {
    expect(readMailConfig(SMTP)).toEqual({ transport: "smtp", from: FROM, host: "smtpdm.aliyun.com", port: 465, tls: "implicit", secretArn: SECRET });
    expect(readMailConfig({ ...SMTP, SMTP_PORT: "587" })).toMatchObject({ port: 587, tls: "starttls" });
    expect(readMailConfig({ ...SMTP, SMTP_PORT: "994" })).toMatchObject({ port: 994, tls: "implicit" });
    expect(readMailConfig({ ...SMTP, SMTP_PORT: "2465", SMTP_TLS: "implicit" })).toMatchObject({ port: 2465, tls: "implicit" });
  });

  it("names the missing or bad variable, and never allows plain-text SMTP", () => {
    expect(() => readMailConfig({})).toThrow(/MAIL_FROM is not set/);
    expect(() => readMailConfig({ MAIL_FROM: FROM, MAIL_TRANSPORT: "sendmail" })).toThrow(/MAIL_TRANSPORT must be one of ses, smtp/);
    expect(() => readMailConfig({ ...SMTP, SMTP_HOST: " " })).toThrow(/SMTP_HOST is not set/);
    expect(() => readMailConfig({ ...SMTP, SMTP_PORT: "smtp" })).toThrow(/SMTP_PORT must be a TCP port/);
    expect(() => readMailConfig({ ...SMTP, SMTP_TLS: "none" })).toThrow(/never sent in plain text/);
    expect(() => readMailConfig({ ...SMTP, SMTP_SECRET_ARN: undefined })).toThrow(/SMTP_SECRET_ARN is not set/);
    expect(() => readMailConfig({ ...SMTP, SMTP_SECRET_ARN: "beian/smtp" })).toThrow(/full ARN of a Secrets Manager secret/);
  });
});

describe("mailerFromEnv", () => {
  it("builds the SES mailer or the SMTP mailer as the deployment chose", () => {
    expect(mailerFromEnv({ MAIL_FROM: FROM })).toBeInstanceOf(SesMailer);
    expect(mailerFromEnv({ MAIL_FROM: FROM, MAIL_TRANSPORT: "ses" })).toBeInstanceOf(SesMailer);
    expect(mailerFromEnv(SMTP)).toBeInstanceOf(SmtpMailer);
  });

  it("refuses an incomplete SMTP configuration at cold start rather than at the first mail", () => {
    expect(() => mailerFromEnv({ ...SMTP, SMTP_HOST: undefined })).toThrow(/SMTP_HOST/);
  });
});
