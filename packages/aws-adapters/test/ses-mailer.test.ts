import { SESv2Client } from "@aws-sdk/client-sesv2";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { encodeSender, SesMailer } from "../src/ses-mailer.js";
import { fakeClientConfig, startFakeAwsEndpoint, type FakeAwsEndpoint } from "./fake-aws-endpoint.js";

let aws: FakeAwsEndpoint;

beforeAll(async () => {
  aws = await startFakeAwsEndpoint();
});
afterAll(() => aws.stop());
beforeEach(() => {
  aws.calls.length = 0;
  aws.respond(() => undefined);
});

describe("SesMailer", () => {
  it("sends one SES v2 simple message with UTF-8 subject, text and html", async () => {
    const mailer = new SesMailer({ from: "政务新媒体备案管理系统 <noreply@beian.example.gov.cn>", client: new SESv2Client(fakeClientConfig(aws)) });
    await mailer.send({ to: "zhao@example.gov.cn", subject: "待初审：清河县发布", text: "请审核。", html: "<p>请审核。</p>" });

    expect(aws.calls).toHaveLength(1);
    expect(aws.calls[0].operation).toBe("POST /v2/email/outbound-emails");
    expect(aws.calls[0].body).toEqual({
      FromEmailAddress: `=?UTF-8?B?${Buffer.from("政务新媒体备案管理系统").toString("base64")}?= <noreply@beian.example.gov.cn>`,
      Destination: { ToAddresses: ["zhao@example.gov.cn"] },
      Content: {
        Simple: {
          Subject: { Data: "待初审：清河县发布", Charset: "UTF-8" },
          Body: { Text: { Data: "请审核。", Charset: "UTF-8" }, Html: { Data: "<p>请审核。</p>", Charset: "UTF-8" } },
        },
      },
    });
  });

  it("omits the html part when the mail has none, and surfaces SES errors", async () => {
    const mailer = new SesMailer({ from: "noreply@beian.example.gov.cn", client: new SESv2Client(fakeClientConfig(aws)) });
    await mailer.send({ to: "a@example.gov.cn", subject: "s", text: "t" });
    expect(aws.calls[0].body.Content.Simple.Body).toEqual({ Text: { Data: "t", Charset: "UTF-8" } });

    aws.respond(() => ({ status: 400, body: { message: "Email address is not verified." } }));
    aws.calls.length = 0;
    await expect(mailer.send({ to: "a@example.gov.cn", subject: "s", text: "t" })).rejects.toThrow(/not verified/);
  });
});

describe("encodeSender", () => {
  it("encodes a non-ASCII display name as an RFC 2047 word and leaves the address alone", () => {
    expect(encodeSender("备案 <a@b.cn>")).toBe(`=?UTF-8?B?${Buffer.from("备案").toString("base64")}?= <a@b.cn>`);
    expect(encodeSender('"备案" <a@b.cn>')).toBe(`=?UTF-8?B?${Buffer.from("备案").toString("base64")}?= <a@b.cn>`);
  });

  it("quotes an ASCII display name and passes a bare address through", () => {
    expect(encodeSender("Beian Registry <a@b.cn>")).toBe('"Beian Registry" <a@b.cn>');
    expect(encodeSender(" a@b.cn ")).toBe("a@b.cn");
    expect(encodeSender("<a@b.cn>")).toBe("<a@b.cn>");
  });
});
