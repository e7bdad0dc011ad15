import type { Mail, Mailer } from "@beian/core";
import nodemailer from "nodemailer";

/** Real SMTP (to the local mail catcher) through nodemailer. */
export class SmtpMailer implements Mailer {
  private readonly transport;

  constructor(options: { host: string; port: number; from: string }) {
    this.transport = nodemailer.createTransport({ host: options.host, port: options.port, secure: false, ignoreTLS: true, pool: true, maxConnections: 2 });
    this.from = options.from;
  }

  private readonly from: string;

  async send(mail: Mail): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
  }

  close(): void {
    this.transport.close();
  }
}
