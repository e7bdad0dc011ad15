import { describe, expect, it } from "vitest";
import { deploySettings, senderAddress } from "../deploy-settings.js";

const MAIL_FROM = "政务新媒体备案管理系统 <noreply@beian.example.gov.cn>";

describe("deploySettings", () => {
  it("derives the SES identity from the sender's domain and leaves BASE_URL to the site", () => {
    expect(deploySettings({ MAIL_FROM })).toEqual({ mailFrom: MAIL_FROM, sesIdentity: "beian.example.gov.cn", baseUrl: undefined, ttls: {} });
  });

  it("takes an explicit SES identity, a custom-domain BASE_URL and TTL overrides", () => {
    const settings = deploySettings({ MAIL_FROM, SES_IDENTITY: "noreply@beian.example.gov.cn", BASE_URL: "https://beian.example.gov.cn/", SESSION_TTL_HOURS: "8", OTHER: "x" });
    expect(settings).toMatchObject({ sesIdentity: "noreply@beian.example.gov.cn", baseUrl: "https://beian.example.gov.cn", ttls: { SESSION_TTL_HOURS: "8" } });
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
});
