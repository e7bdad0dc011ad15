import { describe, expect, it } from "vitest";
import { DEFAULT_INSPECTION_SCHEDULE } from "@beian/core";
import { DEFAULT_TTLS, readEnvConfig } from "../src/env-config.js";

const LINK_SECRET_ARN = "arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:beian/link-secret";
const BASE = { TABLE_NAME: "beian-table", MAIL_FROM: "noreply@beian.example.gov.cn", BASE_URL: "https://d111.cloudfront.net/", LINK_SECRET_ARN };

describe("readEnvConfig", () => {
  it("reads the table, sender and base URL, with default TTLs and inspection dates, no state machine, and the link secret left in its store", () => {
    expect(readEnvConfig(BASE)).toEqual({
      tableName: "beian-table",
      reviewStateMachineArn: undefined,
      inspectionStateMachineArn: undefined,
      inspectionSchedule: DEFAULT_INSPECTION_SCHEDULE,
      mailFrom: "noreply@beian.example.gov.cn",
      trustedProxyHops: 1,
      app: { baseUrl: "https://d111.cloudfront.net", ...DEFAULT_TTLS, linkSecret: expect.any(Function) },
    });
  });

  it("reads the state machine ARN and TTL overrides when set", () => {
    const config = readEnvConfig({ ...BASE, REVIEW_STATE_MACHINE_ARN: "arn:aws:states:x:1:stateMachine:m", APPROVAL_LINK_TTL_HOURS: "24", SESSION_TTL_HOURS: "8" });
    expect(config.reviewStateMachineArn).toBe("arn:aws:states:x:1:stateMachine:m");
    expect(config.app).toMatchObject({ approvalLinkTtlHours: 24, sessionTtlHours: 8, loginLinkTtlMinutes: DEFAULT_TTLS.loginLinkTtlMinutes });
  });

  it("reads the inspection's state machine and the deployment's inspection dates", () => {
    const config = readEnvConfig({ ...BASE, INSPECTION_STATE_MACHINE_ARN: "arn:aws-cn:states:x:1:stateMachine:i", INSPECTION_OPENS_ON: "10-15", INSPECTION_DEADLINE_ON: "11-20", INSPECTION_GRACE_DAYS: "45" });
    expect(config.inspectionStateMachineArn).toBe("arn:aws-cn:states:x:1:stateMachine:i");
    expect(config.inspectionSchedule).toEqual({ ...DEFAULT_INSPECTION_SCHEDULE, openOn: "10-15", deadlineOn: "11-20", graceDays: 45 });
  });

  it.each(["TABLE_NAME", "MAIL_FROM", "BASE_URL", "LINK_SECRET_ARN"])("names a missing %s", (name) => {
    expect(() => readEnvConfig({ ...BASE, [name]: undefined })).toThrow(`Missing environment variable ${name}`);
    expect(() => readEnvConfig({ ...BASE, [name]: "  " })).toThrow(`Missing environment variable ${name}`);
  });

  it("reads how many proxies in front are trusted to append the client address", () => {
    expect(readEnvConfig({ ...BASE, TRUSTED_PROXY_HOPS: "0" }).trustedProxyHops).toBe(0);
    expect(readEnvConfig({ ...BASE, TRUSTED_PROXY_HOPS: "2" }).trustedProxyHops).toBe(2);
    expect(() => readEnvConfig({ ...BASE, TRUSTED_PROXY_HOPS: "one" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });

  it("rejects a base URL that is not http(s) and a TTL that is not a positive number", () => {
    expect(() => readEnvConfig({ ...BASE, BASE_URL: "d111.cloudfront.net" })).toThrow(/BASE_URL must be an http\(s\) URL/);
    expect(() => readEnvConfig({ ...BASE, LOGIN_LINK_TTL_MINUTES: "fifteen" })).toThrow(/LOGIN_LINK_TTL_MINUTES must be a positive number/);
    expect(() => readEnvConfig({ ...BASE, SESSION_TTL_HOURS: "0" })).toThrow(/SESSION_TTL_HOURS/);
  });
});
