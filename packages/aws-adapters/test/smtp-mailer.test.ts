import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseSmtpSecret, secretsManagerCredentials } from "../src/smtp-credentials.js";
import { SmtpMailer } from "../src/smtp-mailer.js";
import { fakeClientConfig, startFakeAwsEndpoint, type FakeAwsEndpoint } from "./fake-aws-endpoint.js";

const SECRET_ARN = "arn:aws-cn:secretsmanager:cn-northwest-1:123456789012:secret:beian/smtp-AbC123";
const FROM = "政务新媒体备案管理系统 <noreply@beian.example.gov.cn>";
const MAIL = { to: "zhao@example.gov.cn", subject: "待初审：清河县发布", text: "请审核。", html: "<p>请审核。</p>" };

interface Received {
  user?: string;
  from?: string;
  to: string[];
  raw: string;
  secured: boolean;
}

/** A real SMTP server with its built-in self-signed certificate, accepting one password at a time. */
async function startSmtpServer(options: Partial<SMTPServerOptions> = {}) {
  const state = { password: "first-password", received: [] as Received[], authAttempts: 0 };
  const server = new SMTPServer({
    authMethods: ["PLAIN", "LOGIN"],
    disabledCommands: [],
    logger: false,
    onAuth(auth, _session, callback) {
      state.authAttempts++;
      if (auth.username === "beian@mail.example.gov.cn" && auth.password === state.password) return callback(null, { user: auth.username });
      return callback(Object.assign(new Error("535 Authentication failed"), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        state.received.push({
          user: session.user as string | undefined,
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
          secured: session.secure,
        });
        callback();
      });
    },
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { state, port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Decodes the RFC 2047 words of one header (nodemailer encodes non-ASCII subjects as B or Q words). */
function header(raw: string, name: string): string {
  const line = new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, "mi").exec(raw)?.[1] ?? "";
  return line
    .replace(/\r?\n(?=[ \t])/g, "")
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, hex) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8"),
    );
}

let aws: FakeAwsEndpoint;
let secrets: SecretsManagerClient;
let secretValue: string;

beforeAll(async () => {
  aws = await startFakeAwsEndpoint();
  secrets = new SecretsManagerClient(fakeClientConfig(aws));
});
afterAll(() => aws.stop());
beforeEach(() => {
  aws.calls.length = 0;
  secretValue = JSON.stringify({ username: "beian@mail.example.gov.cn", password: "first-password" });
  aws.respond((call) => (call.operation === "secretsmanager.GetSecretValue" ? { body: { ARN: SECRET_ARN, Name: "beian/smtp", SecretString: secretValue } } : undefined));
});

const secretReads = () => aws.calls.filter((call) => call.operation === "secretsmanager.GetSecretValue");
// The test server's certificate is self-signed; production verifies the mail service's certificate.
const trustTestCertificate = { tls: { rejectUnauthorized: false } };

function mailer(port: number, tls: "implicit" | "starttls") {
  return new SmtpMailer({ from: FROM, host: "127.0.0.1", port, tls, credentials: secretsManagerCredentials(SECRET_ARN, secrets), transportOptions: trustTestCertificate });
}

describe("SmtpMailer with STARTTLS", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  beforeEach(async () => {
    smtp = await startSmtpServer();
  });
  afterEach(() => smtp.stop());

  it("logs in with the secret's credentials over TLS and delivers the message as written", async () => {
    await mailer(smtp.port, "starttls").send(MAIL);
    expect(smtp.state.received).toHaveLength(1);
    const [message] = smtp.state.received;
    expect(message).toMatchObject({ user: "beian@mail.example.gov.cn", from: "noreply@beian.example.gov.cn", to: ["zhao@example.gov.cn"], secured: true });
    expect(header(message.raw, "Subject")).toBe(MAIL.subject);
    expect(header(message.raw, "From")).toBe(FROM);
    expect(secretReads()).toHaveLength(1);
    expect(secretReads()[0].body).toEqual({ SecretId: SECRET_ARN });
  });

  it("reads the secret once for the life of the container", async () => {
    const sender = mailer(smtp.port, "starttls");
    await sender.send(MAIL);
    await sender.send({ ...MAIL, to: "qian@example.gov.cn" });
    expect(smtp.state.received.map((message) => message.to[0])).toEqual(["zhao@example.gov.cn", "qian@example.gov.cn"]);
    expect(secretReads()).toHaveLength(1);
  });

  it("picks up a rotated password: a refused login reads the secret again and retries once", async () => {
    const sender = mailer(smtp.port, "starttls");
    await sender.send(MAIL);
    smtp.state.password = "rotated-password";
    secretValue = JSON.stringify({ username: "beian@mail.example.gov.cn", password: "rotated-password" });
    await sender.send(MAIL);
    expect(smtp.state.received).toHaveLength(2);
    expect(secretReads()).toHaveLength(2);
  });

  it("gives up after one retry when the secret is still wrong (no loop), with the SMTP error", async () => {
    secretValue = JSON.stringify({ username: "beian@mail.example.gov.cn", password: "wrong" });
    await expect(mailer(smtp.port, "starttls").send(MAIL)).rejects.toMatchObject({ code: "EAUTH" });
    expect(secretReads()).toHaveLength(2);
    expect(smtp.state.authAttempts).toBe(2);
    expect(smtp.state.received).toEqual([]);
  });

  it("does not keep a failed secret read: the next mail asks again", async () => {
    aws.respond((call) => (call.operation === "secretsmanager.GetSecretValue" ? { status: 400, body: { __type: "ResourceNotFoundException", message: "Secrets Manager can't find the specified secret." } } : undefined));
    const sender = mailer(smtp.port, "starttls");
    await expect(sender.send(MAIL)).rejects.toThrow(/can't find the specified secret/);
    aws.respond((call) => (call.operation === "secretsmanager.GetSecretValue" ? { body: { SecretString: secretValue } } : undefined));
    await sender.send(MAIL);
    expect(smtp.state.received).toHaveLength(1);
  });
});

describe("SmtpMailer never sends credentials in plain text", () => {
  it("refuses a server that does not offer STARTTLS, before logging in", async () => {
    // The server would take a plain-text login (allowInsecureAuth), so only the client's refusal stops it.
    const smtp = await startSmtpServer({ disabledCommands: ["STARTTLS"], allowInsecureAuth: true });
    try {
      await expect(mailer(smtp.port, "starttls").send(MAIL)).rejects.toThrow();
      expect(smtp.state.authAttempts).toBe(0);
      expect(smtp.state.received).toEqual([]);
    } finally {
      await smtp.stop();
    }
  });

  it("speaks TLS from the first byte on an implicit-TLS port", async () => {
    const smtp = await startSmtpServer({ secure: true });
    try {
      await mailer(smtp.port, "implicit").send(MAIL);
      expect(smtp.state.received).toHaveLength(1);
      expect(smtp.state.received[0].secured).toBe(true);
    } finally {
      await smtp.stop();
    }
  });
});

describe("parseSmtpSecret", () => {
  it("reads username and password", () => {
    expect(parseSmtpSecret('{"username":"u@x.cn","password":"p"}', SECRET_ARN)).toEqual({ user: "u@x.cn", pass: "p" });
  });

  it("names the secret but never echoes its content", () => {
    for (const bad of ["hunter2-not-json", '{"username":"u@x.cn"}', '{"user":"u","pass":"hunter2"}', undefined]) {
      let message = "";
      try {
        parseSmtpSecret(bad, SECRET_ARN);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain(SECRET_ARN);
      expect(message).not.toContain("hunter2");
    }
  });
});
