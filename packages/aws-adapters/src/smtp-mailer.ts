import type { Mail, Mailer } from "@beian/core";
import type { Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import type { SmtpTls } from "./mail-config.js";
import type { SmtpCredentials } from "./smtp-credentials.js";

export interface SmtpMailerOptions {
  from: string;
  host: string;
  port: number;
  tls: SmtpTls;
  /** Where the username and password come from (Secrets Manager in Lambda); asked once per container. */
  credentials: () => Promise<SmtpCredentials>;
  /** Extra nodemailer options, e.g. a private CA (`tls: { ca }`); tests trust their own certificate. */
  transportOptions?: SMTPTransport.Options;
}

/** nodemailer's error for a refused login (535 and friends). */
const isAuthFailure = (error: unknown) => (error as { code?: string })?.code === "EAUTH";

/**
 * The `Mailer` port over SMTP with TLS, for Lambda where SES is not offered (the China regions) or
 * not wanted. nodemailer and the credentials are loaded on the first send and kept for the life of
 * the container; a refused login drops them and tries once more with the secret read again, so a
 * rotated password takes effect without a redeploy. One connection per message: a pooled socket
 * would sit frozen between invocations and be dead when the container thaws.
 */
export class SmtpMailer implements Mailer {
  private transport?: Promise<Transporter<SMTPTransport.SentMessageInfo>>;

  constructor(private readonly options: SmtpMailerOptions) {}

  async send(mail: Mail): Promise<void> {
    try {
      await this.sendOnce(mail);
    } catch (error) {
      if (!isAuthFailure(error)) throw error;
      this.transport = undefined;
      await this.sendOnce(mail);
    }
  }

  private async sendOnce(mail: Mail): Promise<void> {
    const transport = await this.connect();
    await transport.sendMail({ from: this.options.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
  }

  private connect(): Promise<Transporter<SMTPTransport.SentMessageInfo>> {
    this.transport ??= this.createTransport().catch((error) => {
      // A failed secret read must not stick for the container's life.
      this.transport = undefined;
      throw error;
    });
    return this.transport;
  }

  private async createTransport(): Promise<Transporter<SMTPTransport.SentMessageInfo>> {
    // Loaded here, not at module init: most invocations send no mail.
    const [{ default: nodemailer }, auth] = await Promise.all([import("nodemailer"), this.options.credentials()]);
    const { host, port, tls, transportOptions } = this.options;
    return nodemailer.createTransport({
      host,
      port,
      secure: tls === "implicit",
      // With STARTTLS the upgrade is required: credentials and links never cross in plain text.
      requireTLS: tls === "starttls",
      auth,
      // nodemailer's defaults (2 min to connect, 10 min idle) outlast the API's 29 s.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
      ...transportOptions,
    });
  }
}
