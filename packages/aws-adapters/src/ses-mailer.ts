import type { SESv2Client } from "@aws-sdk/client-sesv2";
import type { Mail, Mailer } from "@beian/core";

/**
 * RFC 5322 sender with a non-ASCII display name encoded as an RFC 2047 word, which SES requires
 * ("政务新媒体备案 <noreply@example.gov.cn>" → "=?UTF-8?B?…?= <noreply@example.gov.cn>").
 */
export function encodeSender(from: string): string {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  if (!match) return from.trim();
  const [, name, address] = match;
  if (!name) return `<${address}>`;
  if (/^[\x20-\x7e]*$/.test(name)) return `"${name.replace(/["\\]/g, "\\$&")}" <${address}>`;
  return `=?UTF-8?B?${Buffer.from(name, "utf8").toString("base64")}?= <${address}>`;
}

/**
 * The `Mailer` port on Amazon SES v2 (UTF-8 subject and body, text plus optional HTML). The SDK
 * client is loaded on the first send, not at module init: most invocations send no mail, and a
 * Lambda's cold start then pays only for the clients it always uses.
 */
export class SesMailer implements Mailer {
  private client?: SESv2Client;
  private readonly from: string;

  constructor(options: { from: string; client?: SESv2Client }) {
    this.client = options.client;
    this.from = encodeSender(options.from);
  }

  async send(mail: Mail): Promise<void> {
    const { SendEmailCommand, SESv2Client } = await import("@aws-sdk/client-sesv2");
    this.client ??= new SESv2Client({});
    const utf8 = (data: string) => ({ Data: data, Charset: "UTF-8" });
    await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [mail.to] },
        Content: {
          Simple: {
            Subject: utf8(mail.subject),
            Body: { Text: utf8(mail.text), ...(mail.html ? { Html: utf8(mail.html) } : {}) },
          },
        },
      }),
    );
  }
}
